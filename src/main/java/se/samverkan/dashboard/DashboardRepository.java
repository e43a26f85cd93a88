package se.samverkan.dashboard;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_CO_OWNER;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.AREA_CONTRIBUTION;
import static se.samverkan.db.Tables.FOLLOW_UP;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.Funding;
import se.samverkan.actionplan.IndicatorDirection;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementScope;
import se.samverkan.dashboard.Dashboard.AreaCounts;
import se.samverkan.dashboard.Dashboard.Coverage;
import se.samverkan.dashboard.Dashboard.ItemLine;
import se.samverkan.dashboard.Dashboard.OwnerCounts;
import se.samverkan.dashboard.Dashboard.ResourceSum;
import se.samverkan.dashboard.Dashboard.Trend;
import se.samverkan.organisation.Agency;

/**
 * The dashboard's aggregates, each one grouped query. {@code items} is the action plan feature's condition that
 * selects the dashboard's items (agreement, period, what the user reads); conditions such as "overdue" come from there
 * too, so that what is counted here is what the item list shows.
 */
@Repository
class DashboardRepository {

    /** How many areas the whole city's charts show; the rest are summed into one row. */
    static final int TOP_AREAS = 12;
    /** How many organisations the breakdown shows, the busiest first. */
    static final int TOP_ORGANISATIONS = 15;
    /** How many items the short lists show. */
    static final int SHORT_LIST = 10;
    /** How many indicators the dashboard draws. */
    static final int INDICATORS = 6;

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<Integer> countWhere(Condition condition) {
        return sum(when(condition, inline(1)).else_(inline(0))).cast(SQLDataType.INTEGER);
    }

    private static Field<Integer> countStatus(ActionItemStatus status) {
        return countWhere(ACTION_ITEM.STATUS.eq(status.name()));
    }

    private static Field<Integer> countLight(TrafficLight light) {
        return countWhere(ACTION_ITEM.TRAFFIC_LIGHT.eq(light.name()));
    }

    private static int value(Integer value) {
        return value == null ? 0 : value;
    }

    /** The agreement's title and kind, and its last follow-up held (or due to be held) by today, in one statement. */
    Optional<AgreementInfo> agreement(long id, LocalDate today) {
        Field<Long> lastId = DSL.field(select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.AGREEMENT_ID.eq(AGREEMENT.ID)).and(FOLLOW_UP.STATUS.ne("CANCELLED"))
                .and(FOLLOW_UP.SCHEDULED_ON.le(today))
                .orderBy(FOLLOW_UP.SCHEDULED_ON.desc(), FOLLOW_UP.ID.desc()).limit(1));
        var held = FOLLOW_UP.as("held");
        return dsl.select(AGREEMENT.TITLE, AGREEMENT.KIND, held.SCHEDULED_ON, held.TITLE)
                .from(AGREEMENT).leftJoin(held).on(held.ID.eq(lastId))
                .where(AGREEMENT.ID.eq(id))
                .fetchOptional(r -> new AgreementInfo(r.value1(), AgreementKind.valueOf(r.value2()),
                        r.value3() == null ? null : new FollowUpRef(r.value3(), r.value4())));
    }

    /** {@code lastFollowUp} is null when none was held by today. */
    record AgreementInfo(String title, AgreementKind kind, FollowUpRef lastFollowUp) {
    }

    /**
     * The items' figures: the totals, the areas shown and (for the "other areas" row) all areas together; for one
     * agreement also its areas in order (a city-wide agreement's are the coverage's columns), else empty.
     */
    record Figures(Dashboard.Totals totals, List<AreaCounts> areas, AreaCounts all, List<Coverage.CityArea> ownAreas) {
    }

    /** Counts of a group of items: in all, per status, per light, overdue, and started without a recent report. */
    private record Counted(int total, int[] byStatus, int[] byLight, int overdue, int stale) {

        static List<Field<?>> fields(Condition overdue, Condition stale) {
            List<Field<?>> fields = new ArrayList<>();
            fields.add(count());
            for (ActionItemStatus status : ActionItemStatus.values()) {
                fields.add(countStatus(status));
            }
            for (TrafficLight light : TrafficLight.values()) {
                fields.add(countLight(light));
            }
            fields.add(countWhere(overdue));
            fields.add(countWhere(stale));
            return fields;
        }

        /** The counts of {@link #fields} in a row, from column {@code at} on. */
        static Counted of(org.jooq.Record r, int at) {
            int[] byStatus = new int[ActionItemStatus.values().length];
            int[] byLight = new int[TrafficLight.values().length];
            for (int i = 0; i < byStatus.length; i++) {
                byStatus[i] = value(r.get(at + 1 + i, Integer.class));
            }
            for (int i = 0; i < byLight.length; i++) {
                byLight[i] = value(r.get(at + 1 + byStatus.length + i, Integer.class));
            }
            int next = at + 1 + byStatus.length + byLight.length;
            return new Counted(value(r.get(at, Integer.class)), byStatus, byLight, value(r.get(next, Integer.class)),
                    value(r.get(next + 1, Integer.class)));
        }

        static Counted sum(Collection<Counted> parts) {
            int[] byStatus = new int[ActionItemStatus.values().length];
            int[] byLight = new int[TrafficLight.values().length];
            int total = 0;
            int overdue = 0;
            int stale = 0;
            for (Counted part : parts) {
                total += part.total;
                overdue += part.overdue;
                stale += part.stale;
                for (int i = 0; i < byStatus.length; i++) {
                    byStatus[i] += part.byStatus[i];
                }
                for (int i = 0; i < byLight.length; i++) {
                    byLight[i] += part.byLight[i];
                }
            }
            return new Counted(total, byStatus, byLight, overdue, stale);
        }

        Dashboard.Totals totals() {
            int open = 0;
            for (ActionItemStatus status : ActionItemStatus.OPEN) {
                open += byStatus[status.ordinal()];
            }
            return new Dashboard.Totals(total, open, byStatus[ActionItemStatus.COMPLETED.ordinal()],
                    byStatus[ActionItemStatus.CANCELLED.ordinal()], overdue, stale);
        }

        AreaCounts area(Long areaId, String label) {
            return new AreaCounts(areaId, label, total, byStatus, byLight, overdue);
        }
    }

    /**
     * The items' figures. For one agreement every area in order, with or without items, and the totals summed from
     * them (two statements: the counts per area, the areas); for the whole city the totals in one statement and the
     * {@link #TOP_AREAS} areas with the most items (two more: their counts, their names).
     */
    Figures figures(Condition items, Condition overdue, Condition stale, Long agreementId) {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(ACTION_ITEM.AREA_ID);
        // "no report since" costs a look at the reports per item: per area only where the totals are summed from it
        fields.addAll(Counted.fields(overdue, agreementId != null ? stale : DSL.falseCondition()));
        var perArea = dsl.select(fields).from(ACTION_ITEM).where(items).groupBy(ACTION_ITEM.AREA_ID);
        Map<Long, Counted> counts = new LinkedHashMap<>();
        List<AreaCounts> areas = new ArrayList<>();
        if (agreementId != null) {
            perArea.forEach(r -> counts.put(r.get(0, Long.class), Counted.of(r, 1)));
            List<Coverage.CityArea> own = dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE)
                    .from(PRIORITY_AREA).where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                    .orderBy(PRIORITY_AREA.POSITION)
                    .fetch(r -> new Coverage.CityArea(r.value1(), r.value2(), r.value3()));
            for (Coverage.CityArea a : own) {
                areas.add(labelled(counts.get(a.id()), a.id(), a.position() + ". " + a.title()));
            }
            Counted all = Counted.sum(counts.values());
            return new Figures(all.totals(), areas, all.area(null, null), own);
        }
        Counted all = Counted.of(dsl.select(Counted.fields(overdue, stale)).from(ACTION_ITEM).where(items)
                .fetchSingle(), 0);
        perArea.orderBy(count().desc(), ACTION_ITEM.AREA_ID).limit(TOP_AREAS)
                .forEach(r -> counts.put(r.get(0, Long.class), Counted.of(r, 1)));
        if (!counts.isEmpty()) {
            Map<Long, String> labels = new HashMap<>();
            dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, AGREEMENT.DIARY_NUMBER,
                            AGREEMENT.TITLE)
                    .from(PRIORITY_AREA).join(AGREEMENT).on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID))
                    .where(PRIORITY_AREA.ID.in(counts.keySet()))
                    .forEach(a -> labels.put(a.value1(), a.value2() + ". " + a.value3() + " ("
                            + (a.value4() == null ? a.value5() : a.value4()) + ")"));
            counts.forEach((id, c) -> areas.add(labelled(c, id, labels.get(id))));
        }
        return new Figures(all.totals(), areas, all.area(null, null), List.of());
    }

    private static AreaCounts labelled(Counted counts, long areaId, String label) {
        if (counts == null) {
            return new AreaCounts(areaId, label, 0, new int[ActionItemStatus.values().length],
                    new int[TrafficLight.values().length], 0);
        }
        return counts.area(areaId, label);
    }

    private static Field<LocalDate> lastReport() {
        return select(max(PROGRESS_REPORT.REPORTED_ON)).from(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID)).asField("last_report");
    }

    /** The first items of a short list, in the given order. */
    List<ItemLine> shortList(Condition where, boolean oldestReportFirst) {
        Field<LocalDate> last = lastReport();
        var query = dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, ORGANISATION.NAME, ACTION_ITEM.DUE_DATE,
                        ACTION_ITEM.TRAFFIC_LIGHT, last)
                .from(ACTION_ITEM).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .where(where);
        var ordered = oldestReportFirst
                ? query.orderBy(last.asc().nullsFirst(), ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.ID)
                : query.orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.ID);
        return ordered.limit(SHORT_LIST).fetch(r -> new ItemLine(r.value1(), r.value2(), r.value3(), r.value4(),
                TrafficLight.valueOf(r.value5()), r.value6()));
    }

    /** The next follow-ups (not cancelled) from today on, of the agreement or else of the agreements in scope. */
    List<Dashboard.Upcoming> upcoming(Long agreementId, AgreementScope scope, LocalDate today, int limit) {
        Condition which = agreementId != null ? FOLLOW_UP.AGREEMENT_ID.eq(agreementId)
                : scope.all() ? DSL.noCondition() : FOLLOW_UP.AGREEMENT_ID.in(scope.agreementIds());
        return dsl.select(FOLLOW_UP.ID, FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.TITLE, AGREEMENT.TITLE,
                        FOLLOW_UP.REPORT_DEADLINE)
                .from(FOLLOW_UP).join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .where(which).and(FOLLOW_UP.STATUS.ne("CANCELLED")).and(FOLLOW_UP.SCHEDULED_ON.ge(today))
                .orderBy(FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.STARTS_AT, FOLLOW_UP.ID).limit(limit)
                .fetch(r -> new Dashboard.Upcoming(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    record FollowUpRef(LocalDate on, String title) {
    }

    private static Field<String> month(Field<LocalDate> date) {
        return DSL.field("DATE_FORMAT({0}, '%Y-%m')", SQLDataType.VARCHAR(7), date);
    }

    /** Progress reports per month from {@code from} to {@code to}, of the items. */
    Map<YearMonth, Integer> reportsPerMonth(Condition items, LocalDate from, LocalDate to) {
        Field<String> month = month(PROGRESS_REPORT.REPORTED_ON).as("month");
        Map<YearMonth, Integer> result = new HashMap<>();
        dsl.select(month, count()).from(PROGRESS_REPORT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(PROGRESS_REPORT.ACTION_ITEM_ID))
                .where(items).and(PROGRESS_REPORT.REPORTED_ON.between(from, to))
                .groupBy(month)
                .forEach(r -> result.put(YearMonth.parse(r.value1()), r.value2()));
        return result;
    }

    /**
     * Completed items counted by the month they were completed in (the last report saying so, else the due date),
     * months before {@code from} folded into its month, with the running total as a window function.
     *
     * @return completed items by the end of each month that saw a completion
     */
    Map<YearMonth, Integer> completedByMonth(Condition items, LocalDate from, LocalDate to) {
        Field<LocalDate> completedOn = DSL.coalesce(
                select(max(PROGRESS_REPORT.REPORTED_ON)).from(PROGRESS_REPORT)
                        .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                        .and(PROGRESS_REPORT.STATUS.eq(ActionItemStatus.COMPLETED.name())).asField(),
                ACTION_ITEM.DUE_DATE, DSL.cast(ACTION_ITEM.UPDATED_AT, SQLDataType.LOCALDATE));
        Table<?> completed = dsl.select(completedOn.as("completed_on")).from(ACTION_ITEM)
                .where(items).and(ACTION_ITEM.STATUS.eq(ActionItemStatus.COMPLETED.name())).asTable("completed");
        Field<LocalDate> on = completed.field("completed_on", LocalDate.class);
        Field<String> month = month(DSL.greatest(on, DSL.val(from)));
        Map<YearMonth, Integer> result = new HashMap<>();
        dsl.select(month.as("month"), sum(count()).over().orderBy(month).cast(SQLDataType.INTEGER))
                .from(completed).where(on.le(to))
                .groupBy(month)
                .forEach(r -> result.put(YearMonth.parse(r.value1()), r.value2()));
        return result;
    }

    /**
     * The first indicators of the agreement (its own, its areas', its items'); for the whole city ({@code agreementId}
     * null), the agreements' own indicators of the agreements in the scope.
     */
    Dashboard.Indicators indicators(Long agreementId, AgreementScope scope, LocalDate from, LocalDate to) {
        Condition which = agreementId != null ? INDICATOR.AGREEMENT_ID.eq(agreementId)
                : INDICATOR.AREA_ID.isNull().and(INDICATOR.ACTION_ITEM_ID.isNull())
                        .and(scope.all() ? DSL.noCondition() : INDICATOR.AGREEMENT_ID.in(scope.agreementIds()));
        var area = PRIORITY_AREA.as("indicator_area");
        // how many there are in all: counted before the limit, in the same statement
        var rows = dsl.select(INDICATOR.ID, INDICATOR.NAME, INDICATOR.UNIT, INDICATOR.DIRECTION, INDICATOR.SPLIT,
                        INDICATOR.BASELINE_VALUE, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_DATE,
                        INDICATOR.AGREEMENT_ID, INDICATOR.AREA_ID, INDICATOR.ACTION_ITEM_ID, AGREEMENT.TITLE,
                        area.POSITION, area.TITLE, ACTION_ITEM.TITLE, count().over())
                .from(INDICATOR)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(INDICATOR.AGREEMENT_ID))
                .leftJoin(area).on(area.ID.eq(INDICATOR.AREA_ID))
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.ID.eq(INDICATOR.ACTION_ITEM_ID))
                .where(which)
                .orderBy(INDICATOR.ACTION_ITEM_ID.isNotNull(), INDICATOR.AREA_ID.isNotNull(), area.POSITION,
                        INDICATOR.NAME, INDICATOR.ID)
                .limit(INDICATORS).fetch();
        Map<Long, List<Trend.Point>> points = new HashMap<>();
        List<Long> ids = rows.map(r -> r.value1());
        if (!ids.isEmpty()) {
            dsl.select(INDICATOR_MEASUREMENT.INDICATOR_ID, INDICATOR_MEASUREMENT.MEASURED_ON,
                            INDICATOR_MEASUREMENT.SERIES, INDICATOR_MEASUREMENT.VALUE)
                    .from(INDICATOR_MEASUREMENT)
                    .where(INDICATOR_MEASUREMENT.INDICATOR_ID.in(ids))
                    .and(INDICATOR_MEASUREMENT.MEASURED_ON.between(from, to))
                    .orderBy(INDICATOR_MEASUREMENT.INDICATOR_ID, INDICATOR_MEASUREMENT.MEASURED_ON)
                    .forEach(r -> points.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(new Trend.Point(
                            r.value2(), IndicatorSplit.Series.valueOf(r.value3()), r.value4())));
        }
        List<Trend> shown = rows.map(r -> new Trend(r.value1(), r.value2(), r.value3(),
                IndicatorDirection.valueOf(r.value4()), IndicatorSplit.valueOf(r.value5()), r.value6(), r.value7(),
                r.value8(), r.value9(), r.value10(), r.value11(),
                r.value15() != null ? r.value15() : r.value14() != null ? r.value13() + ". " + r.value14() : r.value12(),
                points.getOrDefault(r.value1(), List.of())));
        return new Dashboard.Indicators(rows.isEmpty() ? 0 : rows.get(0).value16(), shown);
    }

    List<ResourceSum> resources(Condition items) {
        return dsl.select(ACTION_ITEM_RESOURCE.AGENCY, ACTION_ITEM_RESOURCE.FUNDING,
                        sum(ACTION_ITEM_RESOURCE.AMOUNT_SEK), sum(ACTION_ITEM_RESOURCE.HOURS),
                        sum(ACTION_ITEM_RESOURCE.FTE), countDistinct(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID))
                .from(ACTION_ITEM_RESOURCE).join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID))
                .where(items)
                .groupBy(ACTION_ITEM_RESOURCE.AGENCY, ACTION_ITEM_RESOURCE.FUNDING)
                .orderBy(ACTION_ITEM_RESOURCE.AGENCY, ACTION_ITEM_RESOURCE.FUNDING)
                .fetch(r -> new ResourceSum(Agency.valueOf(r.value1()), Funding.valueOf(r.value2()), zero(r.value3()),
                        zero(r.value4()), zero(r.value5()), r.value6()));
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * One row per tie of an item to an organisation: the lead, and each co-owner; with whether the item is overdue.
     * Grouped by organisation (or its agency) it gives led, co-owned and late (overdue, led or co-owned) items.
     */
    private Table<?> ties(Condition items, Condition overdue) {
        Field<Boolean> late = DSL.field(overdue).as("late");
        var lead = dsl.select(ACTION_ITEM.LEAD_ORGANISATION_ID.as("organisation_id"), ACTION_ITEM.ID.as("item_id"),
                        inline(1).as("is_lead"), late)
                .from(ACTION_ITEM).where(items);
        var coOwner = dsl.select(ACTION_ITEM_CO_OWNER.ORGANISATION_ID.as("organisation_id"),
                        ACTION_ITEM.ID.as("item_id"), inline(0).as("is_lead"), late)
                .from(ACTION_ITEM_CO_OWNER).join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID))
                .where(items);
        return lead.unionAll(coOwner).asTable("tie");
    }

    /** Led, co-owned and late per organisation: the {@link #TOP_ORGANISATIONS} busiest. */
    List<OwnerCounts> organisations(Condition items, Condition overdue) {
        Table<?> tie = ties(items, overdue);
        Field<Long> organisation = tie.field("organisation_id", Long.class);
        Field<Long> item = tie.field("item_id", Long.class);
        Field<Integer> isLead = tie.field("is_lead", Integer.class);
        Field<Boolean> late = tie.field("late", Boolean.class);
        Field<Integer> led = countDistinct(when(isLead.eq(1), item)).as("led");
        Field<Integer> coOwned = countDistinct(when(isLead.eq(0), item)).as("co_owned");
        Field<Integer> lateCount = countDistinct(when(late.isTrue(), item)).as("late_count");
        var grouped = dsl.select(organisation, led, coOwned, lateCount).from(tie).groupBy(organisation)
                .orderBy(count().desc(), organisation).limit(TOP_ORGANISATIONS).asTable("busiest");
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.AGENCY, grouped.field(led),
                        grouped.field(coOwned), grouped.field(lateCount))
                .from(grouped).join(ORGANISATION).on(ORGANISATION.ID.eq(grouped.field(organisation)))
                .orderBy(grouped.field(led).plus(grouped.field(coOwned)).desc(), ORGANISATION.NAME)
                .fetch(r -> new OwnerCounts(r.value1(), r.value2(), Agency.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    /** Led, co-owned and late per agency (items led by, or co-owned by, one of its organisations). */
    List<OwnerCounts> agencies(Condition items, Condition overdue) {
        Table<?> tie = ties(items, overdue);
        Field<Long> item = tie.field("item_id", Long.class);
        Field<Integer> isLead = tie.field("is_lead", Integer.class);
        Field<Boolean> late = tie.field("late", Boolean.class);
        return dsl.select(ORGANISATION.AGENCY, countDistinct(when(isLead.eq(1), item)),
                        countDistinct(when(isLead.eq(0), item)), countDistinct(when(late.isTrue(), item)))
                .from(tie).join(ORGANISATION).on(ORGANISATION.ID.eq(tie.field("organisation_id", Long.class)))
                .groupBy(ORGANISATION.AGENCY).orderBy(ORGANISATION.AGENCY)
                .fetch(r -> new OwnerCounts(null, null, Agency.valueOf(r.value1()), r.value2(), r.value3(),
                        r.value4()));
    }

    /**
     * Coverage of the city-wide agreement's areas by district board. {@code items} selects the items counted (those the
     * user reads, in the period, not cancelled). The rows: every district board when {@code lineage} is null, else the
     * district boards in {@code lineage} and those party to one of {@code partyTo}'s agreements. {@code columns} are
     * the city-wide agreement's areas in order ({@link Figures#ownAreas()}). Two statements: the rows (with their local
     * agreements), the cells.
     */
    Coverage coverage(long cityWideId, List<Coverage.CityArea> columns, Condition items, Collection<Long> lineage,
            Collection<Long> partyTo) {
        Condition shown = ORGANISATION.KIND.eq("DISTRICT_BOARD");
        if (lineage != null) {
            shown = shown.and(ORGANISATION.ID.in(lineage).or(ORGANISATION.ID.in(
                    select(AGREEMENT_PARTY.ORGANISATION_ID).from(AGREEMENT_PARTY)
                            .where(AGREEMENT_PARTY.AGREEMENT_ID.in(partyTo)))));
        }
        // agreements below the city-wide one a district board is party to: its children and theirs (citizen promises)
        var below = AGREEMENT.as("below");
        var child = AGREEMENT.as("child");
        Field<Integer> localAgreements = DSL.field(select(countDistinct(below.ID)).from(AGREEMENT_PARTY)
                .join(below).on(below.ID.eq(AGREEMENT_PARTY.AGREEMENT_ID))
                .where(AGREEMENT_PARTY.ORGANISATION_ID.eq(ORGANISATION.ID))
                .and(below.PARENT_ID.eq(cityWideId)
                        .or(below.PARENT_ID.in(select(child.ID).from(child).where(child.PARENT_ID.eq(cityWideId))))));
        List<Coverage.District> rows = dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME,
                        localAgreements)
                .from(ORGANISATION).where(shown).orderBy(ORGANISATION.NAME)
                .fetch(r -> new Coverage.District(r.value1(), r.value2(), r.value3(), value(r.value4())));
        List<Long> districtIds = rows.stream().map(Coverage.District::id).toList();
        // an item counts for a city-wide area when its own area is that area or is linked to it
        var cityArea = PRIORITY_AREA.as("city_area");
        Table<?> areaMap = select(AREA_CONTRIBUTION.AREA_ID.as("area_id"), AREA_CONTRIBUTION.CITY_AREA_ID.as("city_area_id"))
                .from(AREA_CONTRIBUTION).join(cityArea).on(cityArea.ID.eq(AREA_CONTRIBUTION.CITY_AREA_ID))
                .where(cityArea.AGREEMENT_ID.eq(cityWideId))
                .unionAll(select(cityArea.ID, cityArea.ID).from(cityArea).where(cityArea.AGREEMENT_ID.eq(cityWideId)))
                .asTable("area_map");
        Field<Long> mappedArea = areaMap.field("area_id", Long.class);
        Field<Long> mappedCityArea = areaMap.field("city_area_id", Long.class);
        Map<Long, Integer> rowIndex = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowIndex.put(rows.get(i).id(), i);
        }
        Map<Long, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }
        int[][] cells = new int[rows.size()][columns.size()];
        if (!rows.isEmpty() && !columns.isEmpty()) {
            dsl.select(AGREEMENT_PARTY.ORGANISATION_ID, mappedCityArea, countDistinct(ACTION_ITEM.ID))
                    .from(ACTION_ITEM)
                    .join(areaMap).on(mappedArea.eq(ACTION_ITEM.AREA_ID))
                    .join(AGREEMENT_PARTY).on(AGREEMENT_PARTY.AGREEMENT_ID.eq(ACTION_ITEM.AGREEMENT_ID))
                    .where(items).and(AGREEMENT_PARTY.ORGANISATION_ID.in(districtIds))
                    .groupBy(AGREEMENT_PARTY.ORGANISATION_ID, mappedCityArea)
                    .forEach(r -> {
                        Integer row = rowIndex.get(r.value1());
                        Integer column = columnIndex.get(r.value2());
                        if (row != null && column != null) {
                            cells[row][column] = r.value3();
                        }
                    });
        }
        return new Coverage(columns, rows, cells);
    }
}
