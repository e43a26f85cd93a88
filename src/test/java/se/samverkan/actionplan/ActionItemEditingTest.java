package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_BASIS;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;
import se.samverkan.organisation.Agency;

/**
 * Editing an action item through the service, as the coordinator {@code stad}: what is saved and audited, what is
 * refused (with which message, at which field), and that a refused save writes nothing.
 */
@IntegrationTest
@Transactional
@WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
class ActionItemEditingTest {

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    /** An ongoing item that stad's district administration leads. */
    private long ownItem() {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).join(ORGANISATION)
                .on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .where(ORGANISATION.NAME.eq("Enskede-Årsta-Vantörs stadsdelsförvaltning"))
                .and(ACTION_ITEM.STATUS.eq("ONGOING"))
                .orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
    }

    /** Dates inside the plan and a reason why the work is new, so that only the rule a test breaks can fail. */
    private ActionItemDraft validDraft(long id) {
        ActionItemDraft draft = actionPlans.editDraft(id);
        PlanRef plan = actionPlans.findPlans(actionPlans.findItem(id).orElseThrow().agreementId()).stream()
                .filter(p -> p.id() == draft.getActionPlanId()).findFirst().orElseThrow();
        draft.setStartDate(plan.periodStart());
        draft.setDueDate(plan.periodEnd());
        if (draft.getBasis().isEmpty() && draft.getNewWorkJustification() == null) {
            draft.setNewWorkJustification("Ingen befintlig verksamhet gör detta i stadsdelen.");
        }
        return draft;
    }

    private int version(long id) {
        return dsl.fetchValue(ACTION_ITEM.VERSION, ACTION_ITEM.ID.eq(id));
    }

    private String title(long id) {
        return dsl.fetchValue(ACTION_ITEM.TITLE, ACTION_ITEM.ID.eq(id));
    }

    @Test
    void anEditIsSavedAndAuditedWithEachFieldBeforeAndAfter() {
        long id = ownItem();
        ActionItemDraft draft = validDraft(id);
        String oldTitle = draft.getTitle();
        int oldVersion = draft.getVersion();
        draft.setTitle("Trygghetsvandringar med fler föreningar");
        draft.setTrafficLight(TrafficLight.AMBER);
        draft.setTrafficLightComment("Två föreningar har hoppat av; nya kontaktas.");
        draft.setStatus(ActionItemStatus.POSTPONED);
        draft.setResources(List.of(new ResourceLine(Agency.CITY, Funding.EXISTING, new BigDecimal("120"),
                new BigDecimal("0.10"), null, null)));
        actionPlans.updateItem(id, draft);

        ActionItemDetails saved = actionPlans.findItem(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("Trygghetsvandringar med fler föreningar");
        assertThat(saved.trafficLight()).isEqualTo(TrafficLight.AMBER);
        assertThat(saved.trafficLightComment()).startsWith("Två föreningar");
        assertThat(saved.status()).isEqualTo(ActionItemStatus.POSTPONED);
        assertThat(saved.resources()).singleElement().satisfies(r -> {
            assertThat(r.hours()).isEqualByComparingTo("120");
            assertThat(r.agency()).isEqualTo(Agency.CITY);
        });
        assertThat(version(id)).isEqualTo(oldVersion + 1);

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION_ITEM_ID.eq(id))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle();
        assertThat(event.getAction()).isEqualTo("STATUS_CHANGE");
        assertThat(event.getActorUsername()).isEqualTo("stad");
        var changes = dsl.selectFrom(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(event.getId())).fetch();
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.getField()).isEqualTo("actionItem.titleField");
            assertThat(c.getBeforeValue()).isEqualTo(oldTitle);
            assertThat(c.getAfterValue()).isEqualTo("Trygghetsvandringar med fler föreningar");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.getField()).isEqualTo("actionItem.status");
            assertThat(c.getValueKeyPrefix()).isEqualTo("actionItem.status.");
            assertThat(c.getBeforeValue()).isEqualTo("ONGOING");
            assertThat(c.getAfterValue()).isEqualTo("POSTPONED");
        });
        // unchanged fields are not written as changes
        assertThat(changes).noneSatisfy(c -> assertThat(c.getField()).isEqualTo("actionItem.lead"));
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndTheFirstStays() {
        long id = ownItem();
        ActionItemDraft first = validDraft(id);
        ActionItemDraft second = validDraft(id);
        first.setTitle("Sparad först");
        second.setTitle("Sparad sedan");
        actionPlans.updateItem(id, first);
        assertThatThrownBy(() -> actionPlans.updateItem(id, second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(title(id)).isEqualTo("Sparad först");
    }

    /** Each case breaks one rule; the service names the field and the message, and stores nothing. */
    @Test
    void everyBrokenRuleIsRefusedAtItsFieldAndNothingIsStored() {
        long id = ownItem();
        long person = dsl.fetchValue(PERSON.ID, PERSON.EMAIL.eq("stad@stad.example.se"));
        long lead = actionPlans.editDraft(id).getLeadOrganisationId();
        refuses(id, d -> d.setTitle("  "), "title", "jakarta.validation.constraints.NotBlank.message");
        refuses(id, d -> d.setTitle("x".repeat(251)), "title", "jakarta.validation.constraints.Size.message");
        refuses(id, d -> d.setDescription(null), "description", "jakarta.validation.constraints.NotBlank.message");
        refuses(id, d -> {
            d.setStartDate(d.getDueDate().plusDays(1));
        }, "dueDate", "actionItem.error.dueBeforeStart");
        refuses(id, d -> d.setDueDate(d.getDueDate().plusYears(20)), "dueDate", "actionItem.error.outsidePlan");
        refuses(id, d -> d.setProgress(101), "progress", "jakarta.validation.constraints.Max.message");
        refuses(id, d -> d.setProgress(-1), "progress", "jakarta.validation.constraints.Min.message");
        refuses(id, d -> {
            d.setStatus(ActionItemStatus.COMPLETED);
            d.setProgress(50);
        }, "progress", "actionItem.error.completedNeedsAll");
        refuses(id, d -> d.setStatus(ActionItemStatus.PLANNED), "status", "actionItem.error.transition");
        refuses(id, d -> {
            d.setTrafficLight(TrafficLight.RED);
            d.setTrafficLightComment(" ");
        }, "trafficLightComment", "actionItem.error.lightComment");
        refuses(id, d -> {
            d.setResponsiblePersonId(person);
            d.setDeputyPersonId(person);
        }, "deputyPersonId", "actionItem.error.deputyIsResponsible");
        refuses(id, d -> d.setCoOwnerIds(Set.of(lead)), "coOwnerIds", "actionItem.error.coOwnerIsLead");
        refuses(id, d -> {
            d.setBasis(List.of());
            d.setNewWorkJustification(null);
        }, "newWorkJustification", "actionItem.error.justification");
        refuses(id, d -> d.setBasis(List.of(new BasisLine(BasisKind.INITIATIVE, " ", null, null))), "basis[0]",
                "actionItem.error.basisReference");
        refuses(id, d -> d.setBasis(List.of(new BasisLine(BasisKind.ACTION_ITEM, null, id, null))), "basis[0]",
                "actionItem.error.basisItem");
        refuses(id, d -> d.setResources(List.of(new ResourceLine(Agency.POLICE, Funding.NEW, null, null, null, null))),
                "resources[0]", "actionItem.error.resourceEmpty");
        refuses(id, d -> d.setResources(List.of(new ResourceLine(Agency.POLICE, Funding.NEW,
                new BigDecimal("-5"), null, null, null))), "resources[0].hours",
                "jakarta.validation.constraints.DecimalMin.message");
        refuses(id, d -> d.setResources(List.of(new ResourceLine(Agency.CITY, Funding.NEW, BigDecimal.ONE, null, null,
                null), new ResourceLine(Agency.CITY, Funding.NEW, BigDecimal.TEN, null, null, null))), "resources[1]",
                "actionItem.error.resourceDuplicate");
        refuses(id, d -> d.setResources(List.of(new ResourceLine(Agency.CITY, Funding.NEW, null, null,
                new BigDecimal("1e15"), null))), "resources[0].amountSek",
                "jakarta.validation.constraints.DecimalMax.message");
        refuses(id, d -> d.setDescription("Kontakt med 19811218-9876 om hennes situation"), "description",
                "validation.personalIdentityNumber");
        refuses(id, d -> d.setTitle("Rapport\u202Etxt.exe"), "title", "validation.controlCharacter");
        refuses(id, d -> d.setTitle("Två\nrader"), "title", "validation.lineBreak");
        refuses(id, d -> d.setTargetGroupIds(Set.of(-1L)), "targetGroupIds", "actionItem.error.targetGroup");
        refuses(id, d -> d.setResponsiblePersonId(-1L), "responsiblePersonId", "actionItem.error.person");
    }

    private void refuses(long id, Consumer<ActionItemDraft> breakIt, String field, String key) {
        ActionItemDraft draft = validDraft(id);
        String before = title(id);
        int version = version(id);
        int resources = dsl.fetchCount(ACTION_ITEM_RESOURCE, ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.eq(id));
        int basis = dsl.fetchCount(ACTION_ITEM_BASIS, ACTION_ITEM_BASIS.ACTION_ITEM_ID.eq(id));
        breakIt.accept(draft);
        assertThatThrownBy(() -> actionPlans.updateItem(id, draft)).as(field + " " + key)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).contains(
                                org.assertj.core.groups.Tuple.tuple(field, key)));
        assertThat(title(id)).isEqualTo(before);
        assertThat(version(id)).isEqualTo(version);
        assertThat(dsl.fetchCount(ACTION_ITEM_RESOURCE, ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.eq(id))).isEqualTo(resources);
        assertThat(dsl.fetchCount(ACTION_ITEM_BASIS, ACTION_ITEM_BASIS.ACTION_ITEM_ID.eq(id))).isEqualTo(basis);
    }

    /** What users type is stored as typed (composed to NFC) and comes back as text, never as markup or SQL. */
    @Test
    void markupSqlEmojiAndRightToLeftTextAreStoredAsText() {
        long id = ownItem();
        for (String text : List.of("<script>alert('x')</script> <b>fet</b>", "'; DROP TABLE action_item; --",
                "Trygghet 😀👍🏽 för alla", "مرحبا بالجميع \u200F", "A\u030Asa och Åsa")) {
            ActionItemDraft draft = validDraft(id);
            draft.setDescription(text);
            actionPlans.updateItem(id, draft);
            String stored = actionPlans.findItem(id).orElseThrow().description();
            assertThat(stored).isEqualTo(java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC));
        }
        assertThat(dsl.fetchCount(ACTION_ITEM)).isPositive();
        assertThat(actionPlans.findItem(id).orElseThrow().description()).isEqualTo("Åsa och Åsa");
    }

    @Test
    void aCoordinatorCreatesAnItemLedByTheirOrganisationButNotOneLedByAnother() {
        long areaId = actionPlans.findItem(ownItem()).orElseThrow().areaId();
        ActionItemDraft draft = actionPlans.newDraft(areaId);
        draft.setTitle("Ny insats för trygg skolväg");
        draft.setDescription("Vuxna finns längs skolvägen morgon och eftermiddag.");
        draft.setNewWorkJustification("Inget befintligt arbete täcker skolvägarna.");
        long id = actionPlans.createItem(draft);
        assertThat(actionPlans.findItem(id).orElseThrow().title()).isEqualTo("Ny insats för trygg skolväg");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id).and(AUDIT_EVENT.ACTION.eq("CREATE"))))
                .isOne();

        ActionItemDraft foreign = actionPlans.newDraft(areaId);
        foreign.setTitle("Polisens insats");
        foreign.setDescription("Något polisen ska göra.");
        foreign.setNewWorkJustification("Ny.");
        foreign.setLeadOrganisationId(dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Polisregion Stockholm")));
        assertThatThrownBy(() -> actionPlans.createItem(foreign)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).isEqualTo("actionItem.error.leadNotYours"));
        assertThatThrownBy(() -> actionPlans.deleteItem(id, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
