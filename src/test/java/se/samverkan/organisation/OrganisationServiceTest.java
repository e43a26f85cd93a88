package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.util.List;

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
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    private long idOf(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name)).fetchSingle().value1();
    }

    private long lastEvent() {
        return dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1();
    }

    private static OrganisationDraft draft(String name, OrganisationKind kind, Agency agency, Long parentId) {
        OrganisationDraft d = new OrganisationDraft();
        d.setName(name);
        d.setKind(kind);
        d.setAgency(agency);
        d.setParentId(parentId);
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
    void anAdministratorCreatesAnOrganisationUnderAParentAndTheAuditLogSaysSo() {
        long city = idOf("Stockholms stad");
        OrganisationDraft d = draft("  Miljöförvaltningen ", OrganisationKind.ADMINISTRATION, Agency.CITY, city);
        d.setShortName("MF");
        long id = organisations.createOrganisation(d);

        OrganisationRef saved = organisations.findOrganisations().stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow();
        assertThat(saved.name()).isEqualTo("Miljöförvaltningen");
        assertThat(saved.parentId()).isEqualTo(city);
        assertThat(organisations.reach(city).below()).contains(id);
        // the new organisation's reach: itself on both sides, the city above it and not below it
        assertThat(organisations.reach(id).above()).containsExactlyInAnyOrder(id, city);
        assertThat(organisations.reach(id).below()).containsExactly(id);

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("ORGANISATION"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)).fetchSingle();
        assertThat(event.getAction()).isEqualTo("CREATE");
        assertThat(event.getActorUsername()).isEqualTo("admin");
        assertThat(dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.AFTER_VALUE).from(AUDIT_CHANGE)
                .where(AUDIT_CHANGE.EVENT_ID.eq(event.getId())).orderBy(AUDIT_CHANGE.POSITION)
                .fetch(r -> r.value1() + "=" + r.value2()))
                .containsExactly("organisation.name=Miljöförvaltningen", "organisation.shortName=MF",
                        "organisation.kind=ADMINISTRATION", "organisation.agency=CITY",
                        "organisation.parent=Stockholms stad");
    }

    @Test
    void anUpdateIsAuditedWithBeforeAndAfterAndAStaleVersionIsRefused() {
        long id = idOf("Trafikkontoret");
        long since = lastEvent();
        OrganisationDraft first = organisations.editDraft(id).orElseThrow();
        OrganisationDraft second = organisations.editDraft(id).orElseThrow();
        first.setShortName("TRAF");
        organisations.updateOrganisation(id, first);

        second.setShortName("Annat");
        assertThatThrownBy(() -> organisations.updateOrganisation(id, second))
                .isInstanceOf(ConcurrentChangeException.class);
        OrganisationDraft now = organisations.editDraft(id).orElseThrow();
        assertThat(now.getShortName()).isEqualTo("TRAF");
        assertThat(now.getVersion()).isEqualTo(first.getVersion() + 1);

        var change = dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
                .from(AUDIT_CHANGE).join(AUDIT_EVENT).on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("ORGANISATION")).and(AUDIT_EVENT.ENTITY_ID.eq(id))
                .and(AUDIT_EVENT.ACTION.eq("UPDATE")).and(AUDIT_EVENT.ID.gt(since)).fetchSingle();
        assertThat(change.value1()).isEqualTo("organisation.shortName");
        assertThat(change.value2()).isEqualTo("TK");
        assertThat(change.value3()).isEqualTo("TRAF");
    }

    @Test
    void savingWithoutChangesWritesNoAuditRow() {
        long id = idOf("Fastighetskontoret");
        long since = lastEvent();
        organisations.updateOrganisation(id, organisations.editDraft(id).orElseThrow());
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.gt(since))).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        int before = organisations.findOrganisations().size();
        long police = idOf("Polisregion Stockholm");
        assertThat(refusal(() -> organisations.createOrganisation(draft(" ", null, null, null))))
                .containsExactlyInAnyOrder("name:jakarta.validation.constraints.NotBlank.message",
                        "kind:jakarta.validation.constraints.NotNull.message",
                        "agency:jakarta.validation.constraints.NotNull.message");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("x".repeat(201), OrganisationKind.OTHER, Agency.OTHER, null))))
                .containsExactly("name:jakarta.validation.constraints.Size.message");
        // the same name in other letter case is the same name
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("STOCKHOLMS STAD", OrganisationKind.MUNICIPALITY, Agency.CITY, null))))
                .containsExactly("name:organisation.error.nameTaken");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("Lokalpolisområde Ny", OrganisationKind.LOCAL_POLICE_AREA, Agency.CITY, null))))
                .containsExactly("kind:organisation.error.kindAgency");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("Ny förvaltning", OrganisationKind.ADMINISTRATION, Agency.CITY, police))))
                .containsExactly("parentId:organisation.error.parentAgency");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("Ny förvaltning", OrganisationKind.ADMINISTRATION, Agency.CITY, -1L))))
                .containsExactly("parentId:organisation.error.parent");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("Förvaltning 19121212-1212", OrganisationKind.ADMINISTRATION, Agency.CITY, null))))
                .containsExactly("name:validation.personalIdentityNumber");
        assertThat(refusal(() -> organisations.createOrganisation(
                draft("Förvaltning \u202Egnirts", OrganisationKind.ADMINISTRATION, Agency.CITY, null))))
                .containsExactly("name:validation.controlCharacter");
        assertThat(organisations.findOrganisations()).hasSize(before);
    }

    @Test
    void theHierarchyCannotBecomeACircle() {
        long region = idOf("Polisregion Stockholm");
        long localArea = idOf("Lokalpolisområde Farsta");
        OrganisationDraft d = organisations.editDraft(region).orElseThrow();
        d.setParentId(localArea);
        assertThat(refusal(() -> organisations.updateOrganisation(region, d)))
                .containsExactly("parentId:organisation.error.cycle");
        d.setParentId(region);
        assertThat(refusal(() -> organisations.updateOrganisation(region, d)))
                .containsExactly("parentId:organisation.error.cycle");
        assertThat(organisations.editDraft(region).orElseThrow().getParentId()).isNull();
    }

    @Test
    void anOrganisationWithChildrenKeepsItsAgency() {
        long city = idOf("Stockholms stad");
        OrganisationDraft d = organisations.editDraft(city).orElseThrow();
        d.setAgency(Agency.OTHER);
        d.setKind(OrganisationKind.OTHER);
        assertThat(refusal(() -> organisations.updateOrganisation(city, d)))
                .containsExactly("agency:organisation.error.childrenAgency");
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void onlyAdministratorsCreateOrEditOrganisations() {
        long id = idOf("Trafikkontoret");
        assertThatThrownBy(() -> organisations.createOrganisation(
                draft("Chefens förvaltning", OrganisationKind.ADMINISTRATION, Agency.CITY, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.editDraft(id)).isInstanceOf(AccessDeniedException.class);
        OrganisationDraft d = draft("Trafikkontoret", OrganisationKind.ADMINISTRATION, Agency.CITY, null);
        assertThatThrownBy(() -> organisations.updateOrganisation(id, d)).isInstanceOf(AccessDeniedException.class);
        // reading stays open to everyone signed in
        assertThat(organisations.findOrganisations()).isNotEmpty();
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsCannotCreateOrganisations() {
        assertThatThrownBy(() -> organisations.createOrganisation(
                draft("Samordnarens förvaltning", OrganisationKind.ADMINISTRATION, Agency.CITY, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
