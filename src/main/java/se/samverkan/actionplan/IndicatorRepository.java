package se.samverkan.actionplan;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.db.tables.IndicatorMeasurement;

@Repository
class IndicatorRepository {

    private final DSLContext dsl;

    IndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Indicators owned exactly by the agreement (not its areas or items), an area, or an item. */
    static Condition ofAgreementOnly(long agreementId) {
        return INDICATOR.AGREEMENT_ID.eq(agreementId).and(INDICATOR.AREA_ID.isNull())
                .and(INDICATOR.ACTION_ITEM_ID.isNull());
    }

    static Condition ofArea(long areaId) {
        return INDICATOR.AREA_ID.eq(areaId);
    }

    static Condition ofItem(long itemId) {
        return INDICATOR.ACTION_ITEM_ID.eq(itemId);
    }

    /** With the latest measurement of each: the total where there is one, else the newest of any series. */
    List<IndicatorSummary> list(Condition where) {
        IndicatorMeasurement m = INDICATOR_MEASUREMENT.as("m");
        var latestValue = DSL.field(DSL.select(m.VALUE).from(m).where(m.INDICATOR_ID.eq(INDICATOR.ID))
                .orderBy(m.MEASURED_ON.desc(), DSL.field("{0} = 'TOTAL'", Boolean.class, m.SERIES).desc()).limit(1));
        var latestOn = DSL.field(DSL.select(DSL.max(m.MEASURED_ON)).from(m).where(m.INDICATOR_ID.eq(INDICATOR.ID)));
        return dsl.select(INDICATOR.ID, INDICATOR.NAME, INDICATOR.UNIT, INDICATOR.DIRECTION, INDICATOR.SPLIT,
                        INDICATOR.BASELINE_VALUE, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_DATE, latestValue, latestOn)
                .from(INDICATOR).where(where).orderBy(INDICATOR.NAME, INDICATOR.ID)
                .fetch(r -> new IndicatorSummary(r.value1(), r.value2(), r.value3(),
                        IndicatorDirection.valueOf(r.value4()), IndicatorSplit.valueOf(r.value5()), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    Optional<IndicatorDraft> draft(long id) {
        return dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq(id)).fetchOptional(r -> {
            IndicatorDraft d = new IndicatorDraft();
            d.setAgreementId(r.getAgreementId());
            d.setAreaId(r.getAreaId());
            d.setActionItemId(r.getActionItemId());
            d.setName(r.getName());
            d.setDescription(r.getDescription());
            d.setUnit(r.getUnit());
            d.setDirection(IndicatorDirection.valueOf(r.getDirection()));
            d.setSplit(IndicatorSplit.valueOf(r.getSplit()));
            d.setBaselineValue(r.getBaselineValue());
            d.setBaselineDate(r.getBaselineDate());
            d.setTargetValue(r.getTargetValue());
            d.setTargetDate(r.getTargetDate());
            d.setVersion(r.getVersion());
            return d;
        });
    }

    Optional<IndicatorDetails> find(long id, boolean editable) {
        return dsl.select(INDICATOR.ID, INDICATOR.AGREEMENT_ID, AGREEMENT.TITLE, INDICATOR.AREA_ID,
                        PRIORITY_AREA.TITLE, INDICATOR.ACTION_ITEM_ID, ACTION_ITEM.TITLE, INDICATOR.NAME,
                        INDICATOR.DESCRIPTION, INDICATOR.UNIT, INDICATOR.DIRECTION, INDICATOR.SPLIT,
                        INDICATOR.BASELINE_VALUE, INDICATOR.BASELINE_DATE, INDICATOR.TARGET_VALUE,
                        INDICATOR.TARGET_DATE, INDICATOR.VERSION)
                .from(INDICATOR)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(INDICATOR.AGREEMENT_ID))
                .leftJoin(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(INDICATOR.AREA_ID))
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.ID.eq(INDICATOR.ACTION_ITEM_ID))
                .where(INDICATOR.ID.eq(id))
                .fetchOptional(r -> new IndicatorDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        IndicatorDirection.valueOf(r.value11()), IndicatorSplit.valueOf(r.value12()), r.value13(),
                        r.value14(), r.value15(), r.value16(), r.value17(), measurements(id), editable));
    }

    private List<IndicatorDetails.Measurement> measurements(long indicatorId) {
        return dsl.select(INDICATOR_MEASUREMENT.ID, INDICATOR_MEASUREMENT.MEASURED_ON, INDICATOR_MEASUREMENT.SERIES,
                        INDICATOR_MEASUREMENT.VALUE, INDICATOR_MEASUREMENT.COMMENT, PERSON.DISPLAY_NAME)
                .from(INDICATOR_MEASUREMENT).join(PERSON).on(PERSON.ID.eq(INDICATOR_MEASUREMENT.RECORDED_BY))
                .where(INDICATOR_MEASUREMENT.INDICATOR_ID.eq(indicatorId))
                .orderBy(INDICATOR_MEASUREMENT.MEASURED_ON, INDICATOR_MEASUREMENT.SERIES)
                .fetch(r -> new IndicatorDetails.Measurement(r.value1(), r.value2(),
                        IndicatorSplit.Series.valueOf(r.value3()), r.value4(), r.value5(), r.value6()));
    }

    long insert(IndicatorDraft d) {
        return dsl.insertInto(INDICATOR)
                .set(INDICATOR.AGREEMENT_ID, d.getAgreementId())
                .set(INDICATOR.AREA_ID, d.getAreaId())
                .set(INDICATOR.ACTION_ITEM_ID, d.getActionItemId())
                .set(INDICATOR.NAME, d.getName())
                .set(INDICATOR.DESCRIPTION, d.getDescription())
                .set(INDICATOR.UNIT, d.getUnit())
                .set(INDICATOR.DIRECTION, d.getDirection().name())
                .set(INDICATOR.SPLIT, d.getSplit().name())
                .set(INDICATOR.BASELINE_VALUE, d.getBaselineValue())
                .set(INDICATOR.BASELINE_DATE, d.getBaselineDate())
                .set(INDICATOR.TARGET_VALUE, d.getTargetValue())
                .set(INDICATOR.TARGET_DATE, d.getTargetDate())
                .returningResult(INDICATOR.ID).fetchSingle().value1();
    }

    int update(long id, IndicatorDraft d) {
        return dsl.update(INDICATOR)
                .set(INDICATOR.NAME, d.getName())
                .set(INDICATOR.DESCRIPTION, d.getDescription())
                .set(INDICATOR.UNIT, d.getUnit())
                .set(INDICATOR.DIRECTION, d.getDirection().name())
                .set(INDICATOR.SPLIT, d.getSplit().name())
                .set(INDICATOR.BASELINE_VALUE, d.getBaselineValue())
                .set(INDICATOR.BASELINE_DATE, d.getBaselineDate())
                .set(INDICATOR.TARGET_VALUE, d.getTargetValue())
                .set(INDICATOR.TARGET_DATE, d.getTargetDate())
                .set(INDICATOR.VERSION, INDICATOR.VERSION.plus(1))
                .where(INDICATOR.ID.eq(id)).and(INDICATOR.VERSION.eq(d.getVersion()))
                .execute();
    }

    boolean hasMeasurement(long indicatorId, java.time.LocalDate on, IndicatorSplit.Series series) {
        return dsl.fetchExists(INDICATOR_MEASUREMENT, INDICATOR_MEASUREMENT.INDICATOR_ID.eq(indicatorId)
                .and(INDICATOR_MEASUREMENT.MEASURED_ON.eq(on)).and(INDICATOR_MEASUREMENT.SERIES.eq(series.name())));
    }

    boolean hasSplitMeasurements(long indicatorId) {
        return dsl.fetchExists(INDICATOR_MEASUREMENT, INDICATOR_MEASUREMENT.INDICATOR_ID.eq(indicatorId)
                .and(INDICATOR_MEASUREMENT.SERIES.ne(IndicatorSplit.Series.TOTAL.name())));
    }

    long insertMeasurement(long indicatorId, MeasurementDraft d, long recordedBy) {
        return dsl.insertInto(INDICATOR_MEASUREMENT)
                .set(INDICATOR_MEASUREMENT.INDICATOR_ID, indicatorId)
                .set(INDICATOR_MEASUREMENT.MEASURED_ON, d.getMeasuredOn())
                .set(INDICATOR_MEASUREMENT.SERIES, d.getSeries().name())
                .set(INDICATOR_MEASUREMENT.VALUE, d.getValue())
                .set(INDICATOR_MEASUREMENT.COMMENT, d.getComment())
                .set(INDICATOR_MEASUREMENT.RECORDED_BY, recordedBy)
                .returningResult(INDICATOR_MEASUREMENT.ID).fetchSingle().value1();
    }

    Optional<IndicatorDetails.Measurement> measurement(long id) {
        return dsl.select(INDICATOR_MEASUREMENT.ID, INDICATOR_MEASUREMENT.MEASURED_ON, INDICATOR_MEASUREMENT.SERIES,
                        INDICATOR_MEASUREMENT.VALUE, INDICATOR_MEASUREMENT.COMMENT, INDICATOR_MEASUREMENT.INDICATOR_ID)
                .from(INDICATOR_MEASUREMENT).where(INDICATOR_MEASUREMENT.ID.eq(id))
                .fetchOptional(r -> new IndicatorDetails.Measurement(r.value1(), r.value2(),
                        IndicatorSplit.Series.valueOf(r.value3()), r.value4(), r.value5(), String.valueOf(r.value6())));
    }

    Optional<Long> indicatorOfMeasurement(long measurementId) {
        return dsl.select(INDICATOR_MEASUREMENT.INDICATOR_ID).from(INDICATOR_MEASUREMENT)
                .where(INDICATOR_MEASUREMENT.ID.eq(measurementId)).fetchOptional(r -> r.value1());
    }

    int deleteMeasurement(long id) {
        return dsl.deleteFrom(INDICATOR_MEASUREMENT).where(INDICATOR_MEASUREMENT.ID.eq(id)).execute();
    }
}
