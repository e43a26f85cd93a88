package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.ValidationException;

@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class TargetGroupServiceTest {

    @Autowired
    TargetGroupService groups;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    private static TargetGroupDraft draft(String sv, String en) {
        TargetGroupDraft d = new TargetGroupDraft();
        d.setNameSv(sv);
        d.setNameEn(en);
        return d;
    }

    private List<String> refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
        }
        throw new AssertionError("no refusal");
    }

    private long lastEvent() {
        return dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1();
    }

    private TargetGroupRef byName(String sv) {
        return groups.findTargetGroups().stream().filter(g -> g.nameSv().equals(sv)).findFirst().orElseThrow();
    }

    @Test
    void aNewGroupComesLastAndIsAudited() {
        long id = groups.createTargetGroup(draft(" Personer med funktionsnedsättning ", "People with disabilities"));
        List<TargetGroupRef> all = groups.findTargetGroups();
        assertThat(all.getLast().id()).isEqualTo(id);
        assertThat(all.getLast().nameSv()).isEqualTo("Personer med funktionsnedsättning");
        assertThat(all.getLast().active()).isTrue();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("TARGET_GROUP"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)).fetch(r -> r.value1())).containsExactly("CREATE");
    }

    @Test
    void namesAreRequiredAndUniqueInEachLanguage() {
        int before = groups.findTargetGroups().size();
        assertThat(refusal(() -> groups.createTargetGroup(draft("", " "))))
                .containsExactlyInAnyOrder("nameSv:jakarta.validation.constraints.NotBlank.message",
                        "nameEn:jakarta.validation.constraints.NotBlank.message");
        assertThat(refusal(() -> groups.createTargetGroup(draft("barn", "CHILDREN"))))
                .containsExactlyInAnyOrder("nameSv:targetGroup.error.nameTaken", "nameEn:targetGroup.error.nameTaken");
        assertThat(refusal(() -> groups.createTargetGroup(draft("Nya\nbarn", "x".repeat(121)))))
                .containsExactlyInAnyOrder("nameSv:validation.lineBreak",
                        "nameEn:jakarta.validation.constraints.Size.message");
        assertThat(groups.findTargetGroups()).hasSize(before);
    }

    @Test
    void aRenameIsAuditedWithBeforeAndAfterAndAStaleVersionIsRefused() {
        TargetGroupRef elderly = byName("Äldre");
        long since = lastEvent();
        TargetGroupDraft first = groups.editDraft(elderly.id()).orElseThrow();
        TargetGroupDraft second = groups.editDraft(elderly.id()).orElseThrow();
        first.setNameSv("Äldre personer");
        groups.updateTargetGroup(elderly.id(), first);
        second.setNameEn("Older people");
        assertThatThrownBy(() -> groups.updateTargetGroup(elderly.id(), second))
                .isInstanceOf(ConcurrentChangeException.class);
        TargetGroupDraft now = groups.editDraft(elderly.id()).orElseThrow();
        assertThat(now.getNameSv()).isEqualTo("Äldre personer");
        assertThat(now.getNameEn()).isEqualTo("Elderly people");
        assertThat(dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
                .from(AUDIT_CHANGE).join(AUDIT_EVENT).on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("TARGET_GROUP")).and(AUDIT_EVENT.ENTITY_ID.eq(elderly.id()))
                .and(AUDIT_EVENT.ID.gt(since))
                .fetch(r -> r.value1() + ":" + r.value2() + "->" + r.value3()))
                .containsExactly("targetGroup.nameSv:Äldre->Äldre personer");
    }

    @Test
    void movingSwapsWithTheNeighbourAndNumbersTheList() {
        List<Long> before = groups.findTargetGroups().stream().map(TargetGroupRef::id).toList();
        TargetGroupRef second = groups.findTargetGroups().get(1);
        long since = lastEvent();
        groups.moveTargetGroup(second.id(), second.version(), true);
        List<TargetGroupRef> after = groups.findTargetGroups();
        assertThat(after.getFirst().id()).isEqualTo(second.id());
        assertThat(after.get(1).id()).isEqualTo(before.getFirst());
        assertThat(after.subList(2, after.size())).extracting(TargetGroupRef::id)
                .isEqualTo(before.subList(2, before.size()));
        assertThat(after).extracting(TargetGroupRef::position)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, after.size()).boxed().toList());
        // both moves are in the log
        assertThat(dsl.select(AUDIT_EVENT.ENTITY_ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("TARGET_GROUP"))
                .and(AUDIT_EVENT.ID.gt(since)).fetch(r -> r.value1())).containsExactlyInAnyOrder(second.id(), before.getFirst());

        // the first one cannot go further up; a stale version is refused
        TargetGroupRef first = after.getFirst();
        groups.moveTargetGroup(first.id(), first.version(), true);
        assertThat(groups.findTargetGroups().getFirst().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> groups.moveTargetGroup(first.id(), first.version() - 1, false))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(groups.findTargetGroups().getFirst().id()).isEqualTo(first.id());
    }

    @Test
    void anInactiveGroupStaysOnItsItemsButCannotBeChosenAnew() {
        TargetGroupRef children = byName("Barn");
        long itemId = actionPlans.createItem(newItem(Set.of(children.id())));

        TargetGroupDraft d = groups.editDraft(children.id()).orElseThrow();
        d.setActive(false);
        groups.updateTargetGroup(children.id(), d);
        assertThat(actionPlans.findTargetGroups(true)).extracting(TargetGroupRef::id).doesNotContain(children.id());

        // the item keeps it, and can be saved with it
        assertThat(actionPlans.findItem(itemId).orElseThrow().targetGroups()).extracting(TargetGroupRef::id)
                .containsExactly(children.id());
        ActionItemDraft again = actionPlans.editDraft(itemId);
        again.setTitle("Läxhjälp i biblioteket, utökad");
        actionPlans.updateItem(itemId, again);
        assertThat(actionPlans.findItem(itemId).orElseThrow().targetGroups()).extracting(TargetGroupRef::id)
                .containsExactly(children.id());

        // a new item cannot choose it
        assertThat(refusal(() -> actionPlans.createItem(newItem(Set.of(children.id())))))
                .containsExactly("targetGroupIds:actionItem.error.targetGroup");
    }

    private ActionItemDraft newItem(Set<Long> targetGroups) {
        long area = dsl.select(PRIORITY_AREA.ID).from(PRIORITY_AREA).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID)).where(AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"))
                .and(PRIORITY_AREA.POSITION.eq(2)).fetchSingle().value1();
        ActionItemDraft draft = actionPlans.newDraft(area);
        draft.setTitle("Läxhjälp i biblioteket");
        draft.setDescription("Unga får hjälp med läxor två kvällar i veckan.");
        draft.setNewWorkJustification("Inget liknande finns i området.");
        draft.setTargetGroupIds(targetGroups);
        return draft;
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void onlyAdministratorsChangeTheList() {
        TargetGroupRef first = groups.findTargetGroups().getFirst();
        assertThatThrownBy(() -> groups.createTargetGroup(draft("Ny", "New")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.editDraft(first.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.updateTargetGroup(first.id(), draft("Ny", "New")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.moveTargetGroup(first.id(), first.version(), false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
