package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.INDICATOR;
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
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/** A manager keeps the prioritized areas of an agreement: numbering, moves, deletes, locking, the audit log. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class AreaServiceTest {

    @Autowired
    AreaService areas;

    @Autowired
    AgreementService agreements;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    private long agreement(String diaryNumber) {
        return dsl.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.DIARY_NUMBER.eq(diaryNumber)).fetchSingle()
                .value1();
    }

    private long newAgreement() {
        AgreementDraft d = new AgreementDraft();
        d.setKind(AgreementKind.LOCAL);
        d.setTitle("Trygg i Hökarängen");
        d.setParentId(agreement("KS 2019/656"));
        d.setPeriodStart(LocalDate.of(2027, 1, 1));
        d.setPartyIds(Set.of(dsl.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Farsta stadsdelsförvaltning")).fetchSingle().value1()));
        return agreements.createAgreement(d);
    }

    private static AreaDraft area(String title) {
        AreaDraft d = new AreaDraft();
        d.setTitle(title);
        d.setDescription("Vad området handlar om.");
        return d;
    }

    private List<String> titles(long agreementId) {
        return agreements.findAreas(agreementId).stream().map(a -> a.position() + ". " + a.title()).toList();
    }

    private AreaOverview find(long agreementId, String title) {
        return agreements.findAreas(agreementId).stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void areasAreNumberedInTheOrderTheyAreAddedAndMoveOnePlaceAtATime() {
        long id = newAgreement();
        long since = dsl.select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1();
        areas.createArea(id, area("Centrummiljön"));
        areas.createArea(id, area("Unga i riskzon"));
        areas.createArea(id, area("Kvinnors trygghet"));
        assertThat(titles(id)).containsExactly("1. Centrummiljön", "2. Unga i riskzon", "3. Kvinnors trygghet");

        AreaOverview last = find(id, "Kvinnors trygghet");
        areas.moveArea(last.id(), last.version(), true);
        assertThat(titles(id)).containsExactly("1. Centrummiljön", "2. Kvinnors trygghet", "3. Unga i riskzon");
        // a stale version (the one read before the move) is refused and nothing moves
        assertThatThrownBy(() -> areas.moveArea(last.id(), last.version(), true))
                .isInstanceOf(ConcurrentChangeException.class);
        AreaOverview first = find(id, "Centrummiljön");
        areas.moveArea(first.id(), first.version(), true);
        assertThat(titles(id)).containsExactly("1. Centrummiljön", "2. Kvinnors trygghet", "3. Unga i riskzon");

        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_LABEL, AUDIT_CHANGE.BEFORE_VALUE,
                        AUDIT_CHANGE.AFTER_VALUE)
                .from(AUDIT_EVENT).join(AUDIT_CHANGE).on(AUDIT_CHANGE.EVENT_ID.eq(AUDIT_EVENT.ID))
                .where(AUDIT_EVENT.ID.gt(since)).and(AUDIT_EVENT.ENTITY_TYPE.eq("PRIORITY_AREA"))
                .and(AUDIT_CHANGE.FIELD.eq("area.position")).orderBy(AUDIT_EVENT.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + "->" + r.value4()))
                .containsExactly("CREATE Centrummiljön null->1", "CREATE Unga i riskzon null->2",
                        "CREATE Kvinnors trygghet null->3", "UPDATE Kvinnors trygghet 3->2",
                        "UPDATE Unga i riskzon 2->3");
    }

    @Test
    void anEmptyAreaIsDeletedAndTheOnesAfterItMoveUp() {
        long id = newAgreement();
        areas.createArea(id, area("Centrummiljön"));
        areas.createArea(id, area("Unga i riskzon"));
        areas.createArea(id, area("Kvinnors trygghet"));
        AreaOverview first = find(id, "Centrummiljön");
        areas.deleteArea(first.id(), first.version());
        assertThat(titles(id)).containsExactly("1. Unga i riskzon", "2. Kvinnors trygghet");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(first.id())
                .and(AUDIT_EVENT.ENTITY_TYPE.eq("PRIORITY_AREA")).and(AUDIT_EVENT.ACTION.eq("DELETE")))).isEqualTo(1);
    }

    @Test
    void anAreaWithItemsOrAnIndicatorIsNotDeleted() {
        long cityWide = agreement("KS 2019/656");
        AreaOverview second = agreements.findAreas(cityWide).get(1);
        int items = actionPlans.countItemsInArea(second.id());
        assertThat(items).as("the demo has items in area 2").isPositive();
        ValidationException refused = (ValidationException) org.assertj.core.api.Assertions
                .catchThrowable(() -> areas.deleteArea(second.id(), second.version()));
        assertThat(refused.errors()).containsExactly(new FieldError(null, "area.error.inUse", List.of(items)));
        assertThat(agreements.findAreas(cityWide)).hasSize(10);

        long id = newAgreement();
        long areaId = areas.createArea(id, area("Centrummiljön"));
        dsl.insertInto(INDICATOR).set(INDICATOR.AGREEMENT_ID, id).set(INDICATOR.AREA_ID, areaId)
                .set(INDICATOR.NAME, "Upplevd trygghet").set(INDICATOR.UNIT, "%").set(INDICATOR.DIRECTION, "HIGHER")
                .execute();
        AreaOverview withIndicator = find(id, "Centrummiljön");
        assertThatThrownBy(() -> areas.deleteArea(areaId, withIndicator.version()))
                .isInstanceOf(ValidationException.class).hasMessage("area.error.referenced");
        assertThat(titles(id)).containsExactly("1. Centrummiljön");
    }

    @Test
    void titlesAreUniqueWithinTheAgreementAndEditsAreLocked() {
        long id = newAgreement();
        long areaId = areas.createArea(id, area("Centrummiljön"));
        ValidationException taken = (ValidationException) org.assertj.core.api.Assertions
                .catchThrowable(() -> areas.createArea(id, area("CENTRUMMILJÖN")));
        assertThat(taken.errors()).extracting(FieldError::messageKey).containsExactly("area.error.titleTaken");

        AreaDraft first = areas.editDraft(areaId).orElseThrow();
        AreaDraft second = areas.editDraft(areaId).orElseThrow();
        first.setTitle("Farsta centrum");
        areas.updateArea(areaId, first);
        second.setDescription("Annat");
        assertThatThrownBy(() -> areas.updateArea(areaId, second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(titles(id)).containsExactly("1. Farsta centrum");
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsDoNotChangeAreas() {
        long local = agreement("EÅV 2023/112");
        AreaOverview area = agreements.findAreas(local).getFirst();
        assertThatThrownBy(() -> areas.createArea(local, area("Nytt"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.moveArea(area.id(), area.version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.deleteArea(area.id(), area.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.editDraft(area.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void viewersDoNotChangeAreas() {
        long local = agreement("EÅV 2023/112");
        assertThatThrownBy(() -> areas.createArea(local, area("Nytt"))).isInstanceOf(AccessDeniedException.class);
    }
}
