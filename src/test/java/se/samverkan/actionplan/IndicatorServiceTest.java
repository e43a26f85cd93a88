package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

@IntegrationTest
@Transactional
class IndicatorServiceTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    private long ownItem() {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).join(ORGANISATION)
                .on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .where(ORGANISATION.NAME.eq("Enskede-Årsta-Vantörs stadsdelsförvaltning"))
                .orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
    }

    private MeasurementDraft measurement(LocalDate on, IndicatorSplit.Series series, String value) {
        MeasurementDraft m = new MeasurementDraft();
        m.setMeasuredOn(on);
        m.setSeries(series);
        m.setValue(new BigDecimal(value));
        return m;
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aCoordinatorDefinesAGenderSplitIndicatorOfTheirItemAndMeasuresIt() {
        IndicatorDraft draft = indicators.newDraft(null, null, ownItem());
        draft.setName("Andel som känner sig trygga i centrum");
        draft.setUnit("%");
        draft.setSplit(IndicatorSplit.GENDER);
        draft.setBaselineValue(new BigDecimal("62"));
        draft.setBaselineDate(LocalDate.of(2024, 1, 1));
        draft.setTargetValue(new BigDecimal("75"));
        draft.setTargetDate(LocalDate.of(2027, 12, 31));
        long id = indicators.createIndicator(draft);

        LocalDate today = LocalDate.now(clock);
        indicators.addMeasurement(id, measurement(today.minusMonths(3), IndicatorSplit.Series.WOMEN, "58"));
        indicators.addMeasurement(id, measurement(today.minusMonths(3), IndicatorSplit.Series.MEN, "71"));
        IndicatorDetails details = indicators.findIndicator(id).orElseThrow();
        assertThat(details.measurements()).extracting(IndicatorDetails.Measurement::series)
                .containsExactlyInAnyOrder(IndicatorSplit.Series.WOMEN, IndicatorSplit.Series.MEN);
        assertThat(details.editable()).isTrue();
        assertThat(indicators.findOfItem(ownItem())).extracting(IndicatorSummary::id).contains(id);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("INDICATOR").and(AUDIT_EVENT.ENTITY_ID.eq(id))))
                .isEqualTo(3);

        refused(() -> indicators.addMeasurement(id, measurement(today.minusMonths(3), IndicatorSplit.Series.WOMEN,
                "60")), "measuredOn", "indicator.error.duplicate");
        refused(() -> indicators.addMeasurement(id, measurement(today.plusDays(1), IndicatorSplit.Series.MEN, "1")),
                "measuredOn", "indicator.error.future");
        refused(() -> indicators.addMeasurement(id, measurement(today, IndicatorSplit.Series.MEN, "1e20")), "value",
                "jakarta.validation.constraints.DecimalMax.message");
        IndicatorDraft unsplit = indicators.findDraft(id);
        unsplit.setSplit(IndicatorSplit.NONE);
        refused(() -> indicators.updateIndicator(id, unsplit), "split", "indicator.error.splitInUse");
        IndicatorDraft half = indicators.findDraft(id);
        half.setTargetDate(null);
        refused(() -> indicators.updateIndicator(id, half), "targetValue", "indicator.error.target");
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).as(key).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aCoordinatorCannotDefineIndicatorsOfTheWholeAgreement() {
        long cityWide = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        assertThatThrownBy(() -> indicators.newDraft(cityWide, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aManagerDefinesAnAgreementIndicator() {
        long cityWide = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        IndicatorDraft draft = indicators.newDraft(cityWide, null, null);
        draft.setName("Områden på polisens lista");
        draft.setUnit("områden");
        draft.setDirection(IndicatorDirection.LOWER);
        long id = indicators.createIndicator(draft);
        assertThat(indicators.findOfAgreement(cityWide)).extracting(IndicatorSummary::id).contains(id);
    }
}
