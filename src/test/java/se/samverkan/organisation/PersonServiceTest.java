package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.ValidationException;

@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class PersonServiceTest {

    @Autowired
    PersonService people;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    private long organisation(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name)).fetchSingle().value1();
    }

    private long personByEmail(String email) {
        return dsl.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchSingle().value1();
    }

    private PersonDraft draft(String name, String email) {
        PersonDraft d = new PersonDraft();
        d.setDisplayName(name);
        d.setEmail(email);
        d.setTitle("Trygghetssamordnare");
        d.setOrganisationId(organisation("Farsta stadsdelsförvaltning"));
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

    @Test
    void anAdministratorCreatesAPersonWhoCanBeFoundAndIsAudited() {
        long id = people.createPerson(draft(" Nora  Nyberg ", " nora.nyberg@stad.example.se "));
        PersonRef saved = organisations.findPerson(id).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Nora  Nyberg");
        assertThat(saved.email()).isEqualTo("nora.nyberg@stad.example.se");
        assertThat(saved.active()).isTrue();
        assertThat(organisations.findPeople("Nyberg", null, true, 0, 10)).extracting(PersonRef::id).contains(id);

        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("PERSON"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)).fetch(r -> r.value1())).containsExactly("CREATE");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        int before = organisations.countPeople(null, null, false);
        assertThat(refusal(() -> people.createPerson(draft("Utan snabel-a", "nora.stad.example.se"))))
                .containsExactly("email:jakarta.validation.constraints.Email.message");
        // the database wants a dot after the at sign; so does the service, with the same message
        assertThat(refusal(() -> people.createPerson(draft("Utan punkt", "nora@localhost"))))
                .containsExactly("email:jakarta.validation.constraints.Email.message");
        // addresses are compared without regard to case, as the database's unique key does
        assertThat(refusal(() -> people.createPerson(draft("Dubblett", "STAD@stad.example.se"))))
                .containsExactly("email:person.error.emailTaken");
        PersonDraft noOrganisation = draft("Utan organisation", "utan@stad.example.se");
        noOrganisation.setOrganisationId(-1L);
        assertThat(refusal(() -> people.createPerson(noOrganisation)))
                .containsExactly("organisationId:person.error.organisation");
        PersonDraft identityNumber = draft("Nora Nyberg", "nora@stad.example.se");
        identityNumber.setTitle("Handläggare 811218-9876");
        assertThat(refusal(() -> people.createPerson(identityNumber)))
                .containsExactly("title:validation.personalIdentityNumber");
        assertThat(refusal(() -> people.createPerson(draft("<script>alert(1)</script>" + "x".repeat(120),
                "x@stad.example.se"))))
                .containsExactly("displayName:jakarta.validation.constraints.Size.message");
        assertThat(organisations.countPeople(null, null, false)).isEqualTo(before);
    }

    @Test
    void htmlAndSqlMetacharactersAreStoredAsText() {
        long id = people.createPerson(draft("<b>O'Brien</b>; DROP TABLE person; --", "obrien@stad.example.se"));
        assertThat(organisations.findPerson(id).orElseThrow().displayName())
                .isEqualTo("<b>O'Brien</b>; DROP TABLE person; --");
    }

    @Test
    void aDeactivatedPersonIsAuditedAndCannotReceiveItems() {
        long id = personByEmail("maria.holmgren@stad.example.se");
        long since = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT)
                .fetchSingle().value1();
        PersonDraft d = people.editDraft(id).orElseThrow();
        d.setActive(false);
        people.updatePerson(id, d);

        assertThat(organisations.findPerson(id).orElseThrow().active()).isFalse();
        assertThat(organisations.findPeople("Holmgren", null, true, 0, 10)).isEmpty();
        assertThat(organisations.findPeople("Holmgren", null, false, 0, 10)).hasSize(1);
        var change = dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.VALUE_KEY_PREFIX, AUDIT_CHANGE.BEFORE_VALUE,
                        AUDIT_CHANGE.AFTER_VALUE)
                .from(AUDIT_CHANGE).join(AUDIT_EVENT).on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("PERSON")).and(AUDIT_EVENT.ENTITY_ID.eq(id))
                .and(AUDIT_EVENT.ID.gt(since)).fetchSingle();
        assertThat(change.value1()).isEqualTo("person.active");
        assertThat(change.value2()).isEqualTo("yesNo.");
        assertThat(change.value3()).isEqualTo("YES");
        assertThat(change.value4()).isEqualTo("NO");

        long from = personByEmail("ahmed.karimi@stad.example.se");
        assertThat(refusal(() -> actionPlans.handOverItems(from, id))).containsExactly("toPersonId:actionItem.error.person");
    }

    @Test
    void aStaleVersionIsRefusedAndTheFirstSaveStays() {
        long id = personByEmail("lena.sjoberg@stad.example.se");
        PersonDraft first = people.editDraft(id).orElseThrow();
        PersonDraft second = people.editDraft(id).orElseThrow();
        first.setTitle("Enhetschef");
        people.updatePerson(id, first);
        second.setTitle("Något annat");
        assertThatThrownBy(() -> people.updatePerson(id, second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisations.findPerson(id).orElseThrow().title()).isEqualTo("Enhetschef");
    }

    @Test
    void allOfAPersonsItemsAreHandedOverInOneStepWithAnAuditRowPerItem() {
        long from = personByEmail("ahmed.karimi@stad.example.se");
        List<Long> theirs = dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from).or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)))
                .fetch(r -> r.value1());
        assertThat(theirs).as("the demo gives Ahmed Karimi items").isNotEmpty();
        long to = people.createPerson(draft("Nora Nyberg", "nora.nyberg@stad.example.se"));
        long lastEvent = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1();

        assertThat(actionPlans.handOverItems(from, to)).isEqualTo(theirs.size());

        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)))).isZero();
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(to)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(to)))).isEqualTo(theirs.size());
        assertThat(dsl.select(AUDIT_EVENT.ACTION_ITEM_ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.gt(lastEvent))
                .and(AUDIT_EVENT.ACTION.eq("HAND_OVER")).fetch(r -> r.value1()))
                .containsExactlyInAnyOrderElementsOf(theirs);
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void managersNeitherEditPeopleNorHandOverItems() {
        long id = personByEmail("lena.sjoberg@stad.example.se");
        assertThatThrownBy(() -> people.createPerson(draft("Nora Nyberg", "nora@stad.example.se")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.editDraft(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actionPlans.handOverItems(id, personByEmail("stad@stad.example.se")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void viewersCannotEditPeople() {
        long id = personByEmail("lena.sjoberg@stad.example.se");
        PersonDraft d = draft("Lena Sjöberg", "lena.sjoberg@stad.example.se");
        assertThatThrownBy(() -> people.updatePerson(id, d)).isInstanceOf(AccessDeniedException.class);
    }
}
