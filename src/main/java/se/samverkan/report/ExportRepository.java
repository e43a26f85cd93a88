package se.samverkan.report;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_BASIS;
import static se.samverkan.db.Tables.ACTION_ITEM_CO_OWNER;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.ACTION_ITEM_TARGET_GROUP;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.db.Tables.TARGET_GROUP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.db.tables.ActionItem;
import se.samverkan.db.tables.Agreement;
import se.samverkan.db.tables.IndicatorMeasurement;
import se.samverkan.db.tables.Person;
import se.samverkan.db.tables.PriorityArea;

/**
 * Reads what an export holds, for items already chosen (by id) through the action plan service's filter and read
 * scope; one query per table and chunk of ids, never one per item.
 */
@Repository
class ExportRepository {

    private static final Person RESPONSIBLE = PERSON.as("responsible");
    private static final Person DEPUTY = PERSON.as("deputy");
    private static final ActionItem LINKED_ITEM = ACTION_ITEM.as("linked_item");
    private static final Agreement LINKED_AGREEMENT = AGREEMENT.as("linked_agreement");

    private final DSLContext dsl;

    ExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The items with these ids, every field, in the order of {@code ids}. */
    List<ExportRows.Item> items(List<Long> ids, LocalDate today, Locale locale) {
        Map<Long, List<String>> coOwners = coOwners(ids);
        Map<Long, List<String>> groups = targetGroups(ids, locale);
        Map<Long, List<ExportRows.Resource>> resources = resources(ids);
        Map<Long, List<ExportRows.Basis>> basis = basis(ids);
        Field<LocalDate> lastReport = DSL.select(DSL.max(PROGRESS_REPORT.REPORTED_ON)).from(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID)).asField("last_report");
        Map<Long, ExportRows.Item> byId = new HashMap<>();
        dsl.select(ACTION_ITEM.ID, ACTION_ITEM.VERSION, AGREEMENT.TITLE, AGREEMENT.DIARY_NUMBER, AGREEMENT.ID,
                        PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, ACTION_PLAN.TITLE,
                        ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION, ORGANISATION.NAME, RESPONSIBLE.DISPLAY_NAME,
                        DEPUTY.DISPLAY_NAME, ACTION_ITEM.START_DATE, ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS,
                        ACTION_ITEM.PROGRESS, ACTION_ITEM.TRAFFIC_LIGHT, ACTION_ITEM.TRAFFIC_LIGHT_COMMENT,
                        ACTION_ITEM.NEW_WORK_JUSTIFICATION, ACTION_ITEM.PUBLISHABLE, lastReport)
                .from(ACTION_ITEM)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .leftJoin(DEPUTY).on(DEPUTY.ID.eq(ACTION_ITEM.DEPUTY_PERSON_ID))
                .where(ACTION_ITEM.ID.in(ids))
                .forEach(r -> {
                    long id = r.get(ACTION_ITEM.ID);
                    ActionItemStatus status = ActionItemStatus.valueOf(r.get(ACTION_ITEM.STATUS));
                    LocalDate due = r.get(ACTION_ITEM.DUE_DATE);
                    byId.put(id, new ExportRows.Item(id, r.get(ACTION_ITEM.VERSION), r.get(AGREEMENT.TITLE),
                            r.get(AGREEMENT.DIARY_NUMBER), r.get(AGREEMENT.ID), r.get(PRIORITY_AREA.ID),
                            r.get(PRIORITY_AREA.POSITION) + ". " + r.get(PRIORITY_AREA.TITLE),
                            r.get(ACTION_PLAN.TITLE), r.get(ACTION_ITEM.TITLE), r.get(ACTION_ITEM.DESCRIPTION),
                            r.get(ORGANISATION.NAME), coOwners.getOrDefault(id, List.of()),
                            r.get(RESPONSIBLE.DISPLAY_NAME), r.get(DEPUTY.DISPLAY_NAME),
                            r.get(ACTION_ITEM.START_DATE), due, status, r.get(ACTION_ITEM.PROGRESS),
                            TrafficLight.valueOf(r.get(ACTION_ITEM.TRAFFIC_LIGHT)),
                            r.get(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT),
                            status.isOpen() && due != null && due.isBefore(today),
                            groups.getOrDefault(id, List.of()), resources.getOrDefault(id, List.of()),
                            basis.getOrDefault(id, List.of()), r.get(ACTION_ITEM.NEW_WORK_JUSTIFICATION),
                            Boolean.TRUE.equals(r.get(ACTION_ITEM.PUBLISHABLE)), r.get(lastReport)));
                });
        List<ExportRows.Item> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ExportRows.Item item = byId.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }

    private Map<Long, List<String>> coOwners(Collection<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        dsl.select(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID, ORGANISATION.NAME).from(ACTION_ITEM_CO_OWNER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM_CO_OWNER.ORGANISATION_ID))
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.in(ids)).orderBy(ORGANISATION.NAME)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    private Map<Long, List<String>> targetGroups(Collection<Long> ids, Locale locale) {
        Field<String> name = "en".equals(locale.getLanguage()) ? TARGET_GROUP.NAME_EN : TARGET_GROUP.NAME_SV;
        Map<Long, List<String>> out = new HashMap<>();
        dsl.select(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID, name).from(ACTION_ITEM_TARGET_GROUP)
                .join(TARGET_GROUP).on(TARGET_GROUP.ID.eq(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID))
                .where(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.in(ids)).orderBy(TARGET_GROUP.POSITION)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    private Map<Long, List<ExportRows.Resource>> resources(Collection<Long> ids) {
        Map<Long, List<ExportRows.Resource>> out = new HashMap<>();
        dsl.selectFrom(ACTION_ITEM_RESOURCE).where(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.in(ids))
                .orderBy(ACTION_ITEM_RESOURCE.ID)
                .forEach(r -> out.computeIfAbsent(r.getActionItemId(), k -> new ArrayList<>())
                        .add(new ExportRows.Resource(r.getAgency(), r.getFunding(), r.getHours(), r.getFte(),
                                r.getAmountSek() == null ? null : java.math.BigDecimal.valueOf(r.getAmountSek()), r.getComment())));
        return out;
    }

    private Map<Long, List<ExportRows.Basis>> basis(Collection<Long> ids) {
        Map<Long, List<ExportRows.Basis>> out = new HashMap<>();
        dsl.select(ACTION_ITEM_BASIS.ACTION_ITEM_ID, ACTION_ITEM_BASIS.KIND, ACTION_ITEM_BASIS.REFERENCE,
                        LINKED_ITEM.TITLE, LINKED_AGREEMENT.TITLE)
                .from(ACTION_ITEM_BASIS)
                .leftJoin(LINKED_ITEM).on(LINKED_ITEM.ID.eq(ACTION_ITEM_BASIS.LINKED_ACTION_ITEM_ID))
                .leftJoin(LINKED_AGREEMENT).on(LINKED_AGREEMENT.ID.eq(ACTION_ITEM_BASIS.LINKED_AGREEMENT_ID))
                .where(ACTION_ITEM_BASIS.ACTION_ITEM_ID.in(ids)).orderBy(ACTION_ITEM_BASIS.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ExportRows.Basis(r.value2(), r.value3() != null ? r.value3()
                                : r.value4() != null ? r.value4() : r.value5())));
        return out;
    }

    /** The progress reports of the items, newest first per item, items in the order of {@code ids}. */
    List<ExportRows.Report> reports(List<Long> ids) {
        Map<Long, List<ExportRows.Report>> byItem = new LinkedHashMap<>();
        dsl.select(PROGRESS_REPORT.ACTION_ITEM_ID, ACTION_ITEM.TITLE, PROGRESS_REPORT.REPORTED_ON,
                        PERSON.DISPLAY_NAME, PROGRESS_REPORT.STATUS, PROGRESS_REPORT.PROGRESS,
                        PROGRESS_REPORT.TRAFFIC_LIGHT, PROGRESS_REPORT.SUMMARY)
                .from(PROGRESS_REPORT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(PROGRESS_REPORT.ACTION_ITEM_ID))
                .join(PERSON).on(PERSON.ID.eq(PROGRESS_REPORT.AUTHOR_ID))
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.in(ids))
                .orderBy(PROGRESS_REPORT.REPORTED_ON.desc(), PROGRESS_REPORT.ID.desc())
                .forEach(r -> byItem.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ExportRows.Report(r.value1(), r.value2(), r.value3(), r.value4(),
                                ActionItemStatus.valueOf(r.value5()), r.value6(),
                                r.value7() == null ? null : TrafficLight.valueOf(r.value7()), r.value8())));
        List<ExportRows.Report> out = new ArrayList<>();
        for (Long id : ids) {
            out.addAll(byItem.getOrDefault(id, List.of()));
        }
        return out;
    }

    /**
     * The indicators of the items, and those of the areas and agreements the items belong to, each with its latest
     * measured total.
     */
    List<ExportRows.Indicator> indicators(Collection<Long> itemIds, Collection<Long> areaIds,
            Collection<Long> agreementIds) {
        IndicatorMeasurement m = INDICATOR_MEASUREMENT.as("m");
        IndicatorMeasurement newer = INDICATOR_MEASUREMENT.as("newer");
        PriorityArea area = PRIORITY_AREA.as("ind_area");
        return dsl.select(INDICATOR.ID, AGREEMENT.TITLE, area.POSITION, area.TITLE, INDICATOR.ACTION_ITEM_ID,
                        ACTION_ITEM.TITLE, INDICATOR.NAME, INDICATOR.UNIT, INDICATOR.DIRECTION,
                        INDICATOR.BASELINE_VALUE, INDICATOR.BASELINE_DATE, INDICATOR.TARGET_VALUE,
                        INDICATOR.TARGET_DATE, m.VALUE, m.MEASURED_ON,
                        DSL.field(DSL.selectCount().from(INDICATOR_MEASUREMENT)
                                .where(INDICATOR_MEASUREMENT.INDICATOR_ID.eq(INDICATOR.ID))))
                .from(INDICATOR)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(INDICATOR.AGREEMENT_ID))
                .leftJoin(area).on(area.ID.eq(INDICATOR.AREA_ID))
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.ID.eq(INDICATOR.ACTION_ITEM_ID))
                .leftJoin(m).on(m.INDICATOR_ID.eq(INDICATOR.ID).and(m.SERIES.eq("TOTAL"))
                        .andNotExists(DSL.selectOne().from(newer).where(newer.INDICATOR_ID.eq(INDICATOR.ID))
                                .and(newer.SERIES.eq("TOTAL")).and(newer.MEASURED_ON.gt(m.MEASURED_ON))))
                .where(INDICATOR.ACTION_ITEM_ID.in(itemIds)
                        .or(INDICATOR.AREA_ID.in(areaIds))
                        .or(INDICATOR.AGREEMENT_ID.in(agreementIds).and(INDICATOR.AREA_ID.isNull())
                                .and(INDICATOR.ACTION_ITEM_ID.isNull())))
                .orderBy(AGREEMENT.TITLE, area.POSITION.nullsFirst(), INDICATOR.ACTION_ITEM_ID.nullsFirst(),
                        INDICATOR.NAME)
                .fetch(r -> new ExportRows.Indicator(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3() + ". " + r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14(), r.value15(), r.value16()));
    }
}
