package se.samverkan.report;

import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.db.tables.ActionItem;
import se.samverkan.db.tables.IndicatorMeasurement;

/** The board report's aggregates, each one grouped query in the database. */
@Repository
class BoardReportRepository {

    private final DSLContext dsl;

    BoardReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition open() {
        return ACTION_ITEM.STATUS.in(ActionItemStatus.OPEN.stream().map(Enum::name).toList());
    }

    private static Field<Integer> count(Condition c) {
        return DSL.coalesce(sum(when(c, 1).else_(0)), DSL.inline(java.math.BigDecimal.ZERO)).cast(Integer.class);
    }

    /** Every area of the agreement (also those without items), with its items counted. */
    List<BoardReportData.AreaSummary> areas(long agreementId, LocalDate from, LocalDate to, LocalDate asOf) {
        ActionItem ri = ACTION_ITEM.as("ri");
        Field<Integer> reports = DSL.select(DSL.count()).from(PROGRESS_REPORT).join(ri)
                .on(ri.ID.eq(PROGRESS_REPORT.ACTION_ITEM_ID))
                .where(ri.AREA_ID.eq(PRIORITY_AREA.ID))
                .and(PROGRESS_REPORT.REPORTED_ON.between(from, to)).asField("reports");
        return dsl.select(PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, DSL.count(ACTION_ITEM.ID),
                        count(ACTION_ITEM.STATUS.eq(ActionItemStatus.PLANNED.name())),
                        count(ACTION_ITEM.STATUS.eq(ActionItemStatus.ONGOING.name())),
                        count(ACTION_ITEM.STATUS.eq(ActionItemStatus.COMPLETED.name())),
                        count(ACTION_ITEM.STATUS.eq(ActionItemStatus.POSTPONED.name())),
                        count(ACTION_ITEM.STATUS.eq(ActionItemStatus.CANCELLED.name())),
                        count(open().and(ACTION_ITEM.TRAFFIC_LIGHT.eq(TrafficLight.GREEN.name()))),
                        count(open().and(ACTION_ITEM.TRAFFIC_LIGHT.eq(TrafficLight.AMBER.name()))),
                        count(open().and(ACTION_ITEM.TRAFFIC_LIGHT.eq(TrafficLight.RED.name()))),
                        count(open().and(ACTION_ITEM.DUE_DATE.lt(asOf))), reports)
                .from(PRIORITY_AREA)
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.AREA_ID.eq(PRIORITY_AREA.ID))
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .groupBy(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE)
                .orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new BoardReportData.AreaSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12(), r.value13()));
    }

    /** Open items past their due date, the longest overdue first. */
    List<BoardReportData.ItemLine> late(long agreementId, LocalDate asOf) {
        return items(ACTION_ITEM.AGREEMENT_ID.eq(agreementId).and(open()).and(ACTION_ITEM.DUE_DATE.lt(asOf)));
    }

    /** Open items judged red. */
    List<BoardReportData.ItemLine> red(long agreementId) {
        return items(ACTION_ITEM.AGREEMENT_ID.eq(agreementId).and(open())
                .and(ACTION_ITEM.TRAFFIC_LIGHT.eq(TrafficLight.RED.name())));
    }

    private List<BoardReportData.ItemLine> items(Condition where) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE,
                        ORGANISATION.NAME, PERSON.DISPLAY_NAME, ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS,
                        ACTION_ITEM.PROGRESS, ACTION_ITEM.TRAFFIC_LIGHT, ACTION_ITEM.TRAFFIC_LIGHT_COMMENT)
                .from(ACTION_ITEM)
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(where)
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), PRIORITY_AREA.POSITION, ACTION_ITEM.TITLE)
                .fetch(r -> new BoardReportData.ItemLine(r.value1(), r.value2(), r.value3() + ". " + r.value4(),
                        r.value5(), r.value6(), r.value7(), ActionItemStatus.valueOf(r.value8()), r.value9(),
                        TrafficLight.valueOf(r.value10()), r.value11()));
    }

    /** The agreement's indicators (of the agreement, its areas and items) with the latest total up to {@code to}. */
    List<BoardReportData.IndicatorLine> indicators(long agreementId, LocalDate to) {
        IndicatorMeasurement m = INDICATOR_MEASUREMENT.as("m");
        IndicatorMeasurement newer = INDICATOR_MEASUREMENT.as("newer");
        ActionItem item = ACTION_ITEM.as("ind_item");
        Field<String> owner = DSL.coalesce(item.TITLE,
                DSL.concat(PRIORITY_AREA.POSITION.cast(String.class), DSL.inline(". "), PRIORITY_AREA.TITLE));
        return dsl.select(INDICATOR.NAME, owner, INDICATOR.UNIT, INDICATOR.DIRECTION, INDICATOR.BASELINE_VALUE,
                        INDICATOR.TARGET_VALUE, INDICATOR.TARGET_DATE, m.VALUE, m.MEASURED_ON)
                .from(INDICATOR)
                .leftJoin(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(INDICATOR.AREA_ID))
                .leftJoin(item).on(item.ID.eq(INDICATOR.ACTION_ITEM_ID))
                .leftJoin(m).on(m.INDICATOR_ID.eq(INDICATOR.ID).and(m.SERIES.eq("TOTAL")).and(m.MEASURED_ON.le(to))
                        .andNotExists(DSL.selectOne().from(newer).where(newer.INDICATOR_ID.eq(INDICATOR.ID))
                                .and(newer.SERIES.eq("TOTAL")).and(newer.MEASURED_ON.le(to))
                                .and(newer.MEASURED_ON.gt(m.MEASURED_ON))))
                .where(INDICATOR.AGREEMENT_ID.eq(agreementId))
                .orderBy(PRIORITY_AREA.POSITION.nullsFirst(), INDICATOR.NAME)
                .fetch(r -> new BoardReportData.IndicatorLine(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
