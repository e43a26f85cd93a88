package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.ValidationException;

/** Creating and editing agreements through the service: rules, permissions by role, locking and the audit log. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class AgreementEditingTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    DSLContext dsl;

    private long organisation(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name)).fetchSingle().value1();
    }

    /**
     * An agreement by its diary number, a LIKE pattern: the demo numbers the local agreements by the year it is
     * loaded in, so "EÅV %/389" is this year's citizen promise.
     */
    private long agreement(String diaryNumber) {
        return dsl.select(AGREEMENT.ID).from(AGREEMENT)
                .where(AGREEMENT.DIARY_NUMBER.like(diaryNumber)).fetchSingle().value1();
    }

    private long lastEvent() {
        return dsl.select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1();
    }

    /** A local agreement for Farsta under the city-wide one, still a draft. */
    private AgreementDraft local(String title) {
        AgreementDraft d = new AgreementDraft();
        d.setKind(AgreementKind.LOCAL);
        d.setTitle(title);
        d.setParentId(agreement("KS 2019/656"));
        d.setPeriodStart(LocalDate.of(2027, 1, 1));
        d.setPeriodEnd(LocalDate.of(2028, 12, 31));
        d.setPartyIds(Set.of(organisation("Farsta stadsdelsförvaltning"), organisation("Lokalpolisområde Farsta")));
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
    void anAdministratorCreatesALocalAgreementUnderTheCityWideOneAndTheAuditLogSaysSo() {
        long since = lastEvent();
        AgreementDraft d = local("  Trygg i Hökarängen ");
        d.setDiaryNumber("FAR 2026/001");
        long id = agreements.createAgreement(d);

        AgreementDetails saved = agreements.findAgreement(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("Trygg i Hökarängen");
        assertThat(saved.parent().id()).isEqualTo(agreement("KS 2019/656"));
        assertThat(saved.parties()).extracting(AgreementDetails.Party::name)
                .containsExactly("Farsta stadsdelsförvaltning", "Lokalpolisområde Farsta");
        assertThat(agreements.findAgreement(agreement("KS 2019/656")).orElseThrow().children())
                .extracting(AgreementRef::id).contains(id);

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.gt(since)).fetchSingle();
        assertThat(event.getAction()).isEqualTo("CREATE");
        assertThat(event.getEntityType()).isEqualTo("AGREEMENT");
        assertThat(event.getAgreementId()).isEqualTo(id);
        assertThat(dsl.select(AUDIT_CHANGE.FIELD).from(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(event.getId()))
                .fetch(r -> r.value1())).contains("agreement.kind", "agreement.title", "agreement.diaryNumber",
                        "agreement.parent", "agreement.periodStart", "agreement.periodEnd", "agreement.status",
                        "agreement.parties");
    }

    @Test
    void theLayersPeriodAdoptionDiaryNumberAndPartiesAreChecked() {
        int before = agreements.countAgreements(null);
        AgreementDraft cityWideWithParent = local("Ny övergripande");
        cityWideWithParent.setKind(AgreementKind.CITY_WIDE);
        assertThat(refusal(() -> agreements.createAgreement(cityWideWithParent)))
                .containsExactly("parentId:agreement.error.cityWideHasNoParent");

        AgreementDraft noParent = local("Utan förälder");
        noParent.setParentId(null);
        assertThat(refusal(() -> agreements.createAgreement(noParent)))
                .containsExactly("parentId:agreement.error.parentRequired");

        AgreementDraft underPromise = local("Under ett löfte");
        underPromise.setParentId(agreement("EÅV %/389"));
        assertThat(refusal(() -> agreements.createAgreement(underPromise)))
                .containsExactly("parentId:agreement.error.parentKind");

        AgreementDraft adopted = local("Antagen utan datum");
        adopted.setStatus(AgreementStatus.ADOPTED);
        adopted.setPeriodEnd(LocalDate.of(2026, 12, 31));
        assertThat(refusal(() -> agreements.createAgreement(adopted))).containsExactlyInAnyOrder(
                "adoptedOn:agreement.error.adoptedOn", "adoptedBy:agreement.error.adoptedBy",
                "periodEnd:agreement.error.period");

        AgreementDraft taken = local("Samma diarienummer");
        taken.setDiaryNumber("ks 2019/656");
        assertThat(refusal(() -> agreements.createAgreement(taken)))
                .containsExactly("diaryNumber:agreement.error.diaryNumberTaken");

        AgreementDraft noParties = local("Utan parter");
        noParties.setPartyIds(Set.of());
        assertThat(refusal(() -> agreements.createAgreement(noParties)))
                .containsExactly("partyIds:agreement.error.parties");
        AgreementDraft unknownParty = local("Okänd part");
        unknownParty.setPartyIds(Set.of(-1L));
        assertThat(refusal(() -> agreements.createAgreement(unknownParty)))
                .containsExactly("partyIds:agreement.error.party");

        AgreementDraft personalData = local("Trygghet");
        personalData.setSummary("Gäller ärendet med 19121212-1212.\nMer text.");
        assertThat(refusal(() -> agreements.createAgreement(personalData)))
                .containsExactly("summary:validation.personalIdentityNumber");

        AgreementDraft blank = new AgreementDraft();
        blank.setStatus(null);
        assertThat(refusal(() -> agreements.createAgreement(blank))).containsExactlyInAnyOrder(
                "kind:jakarta.validation.constraints.NotNull.message",
                "title:jakarta.validation.constraints.NotBlank.message",
                "periodStart:jakarta.validation.constraints.NotNull.message",
                "status:jakarta.validation.constraints.NotNull.message", "partyIds:agreement.error.parties");
        assertThat(agreements.countAgreements(null)).isEqualTo(before);
    }

    @Test
    void anAgreementWithChildrenKeepsItsKind() {
        long cityWide = agreement("KS 2019/656");
        AgreementDraft d = agreements.editDraft(cityWide);
        d.setKind(AgreementKind.CITIZEN_PROMISE);
        d.setParentId(agreement("EÅV %/112"));
        assertThat(refusal(() -> agreements.updateAgreement(cityWide, d)))
                .contains("kind:agreement.error.kindHasChildren");
    }

    @Test
    void anUpdateIsAuditedWithBeforeAndAfterAndAStaleVersionIsRefused() {
        long id = agreement("FAR %/087");
        long since = lastEvent();
        AgreementDraft first = agreements.editDraft(id);
        AgreementDraft second = agreements.editDraft(id);
        first.setStatus(AgreementStatus.ADOPTED);
        first.setAdoptedOn(LocalDate.of(2026, 11, 12));
        first.setAdoptedBy("Farsta stadsdelsnämnd");
        agreements.updateAgreement(id, first);

        second.setTitle("Något annat");
        assertThatThrownBy(() -> agreements.updateAgreement(id, second)).isInstanceOf(ConcurrentChangeException.class);
        AgreementDetails now = agreements.findAgreement(id).orElseThrow();
        assertThat(now.status()).isEqualTo(AgreementStatus.ADOPTED);
        assertThat(now.title()).isEqualTo("Lokal samverkansöverenskommelse Farsta");
        assertThat(dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.VALUE_KEY_PREFIX, AUDIT_CHANGE.BEFORE_VALUE,
                        AUDIT_CHANGE.AFTER_VALUE)
                .from(AUDIT_CHANGE).join(AUDIT_EVENT).on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
                .where(AUDIT_EVENT.ID.gt(since)).orderBy(AUDIT_CHANGE.POSITION)
                .fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3() + "|" + r.value4()))
                .containsExactly("agreement.status|agreement.status.|IN_CONSULTATION|ADOPTED",
                        "agreement.adoptedOn|null|null|2026-11-12", "agreement.adoptedBy|null|null|Farsta stadsdelsnämnd");
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aManagerCreatesAnAgreementTheyCanReadButNotOneOutsideTheirReach() {
        long id = agreements.createAgreement(local("Trygg i Hökarängen"));
        assertThat(agreements.findAgreement(id)).isPresent();
        assertThat(agreements.canManage(id)).isTrue();

        AgreementDraft police = local("Bara polisen");
        police.setPartyIds(Set.of(organisation("Lokalpolisområde Rinkeby")));
        assertThat(refusal(() -> agreements.createAgreement(police)))
                .containsExactly("partyIds:agreement.error.partiesOutOfReach");

        // an agreement only the police signed is out of the manager's sight: it cannot be edited either
        long policeOnly = dsl.insertInto(AGREEMENT).set(AGREEMENT.KIND, "LOCAL").set(AGREEMENT.TITLE, "Polisens egen")
                .set(AGREEMENT.PARENT_ID, agreement("KS 2019/656")).set(AGREEMENT.PERIOD_START, LocalDate.of(2026, 1, 1))
                .returningResult(AGREEMENT.ID).fetchSingle().value1();
        dsl.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.AGREEMENT_ID, policeOnly)
                .set(AGREEMENT_PARTY.ORGANISATION_ID, organisation("Lokalpolisområde Rinkeby")).execute();
        assertThatThrownBy(() -> agreements.editDraft(policeOnly)).isInstanceOf(AccessDeniedException.class);
        AgreementDraft d = local("Polisens egen, ändrad");
        assertThatThrownBy(() -> agreements.updateAgreement(policeOnly, d)).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.select(AGREEMENT.TITLE).from(AGREEMENT).where(AGREEMENT.ID.eq(policeOnly)).fetchSingle()
                .value1()).isEqualTo("Polisens egen");
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsNeitherCreateNorEditAgreements() {
        assertThat(agreements.canCreate()).isFalse();
        assertThatThrownBy(() -> agreements.createAgreement(local("Samordnarens"))).isInstanceOf(
                AccessDeniedException.class);
        long id = agreement("EÅV %/112");
        assertThatThrownBy(() -> agreements.editDraft(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.updateAgreement(id, local("Ändrad"))).isInstanceOf(
                AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void viewersNeitherCreateNorEditAgreements() {
        assertThatThrownBy(() -> agreements.createAgreement(local("Insyn"))).isInstanceOf(AccessDeniedException.class);
        long id = agreement("EÅV %/112");
        assertThatThrownBy(() -> agreements.updateAgreement(id, local("Ändrad"))).isInstanceOf(
                AccessDeniedException.class);
    }
}
