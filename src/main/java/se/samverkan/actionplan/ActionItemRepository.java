package se.samverkan.actionplan;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_CO_OWNER;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ActionItemRepository {

    private final DSLContext dsl;

    ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition overdue(LocalDate today) {
        return ACTION_ITEM.STATUS.in(ActionItemStatus.OPEN.stream().map(Enum::name).toList())
                .and(ACTION_ITEM.DUE_DATE.lt(today));
    }

    int countInArea(long areaId) {
        return dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AREA_ID.eq(areaId));
    }

    List<ActionItemSummary> pageInArea(long areaId, LocalDate today, int offset, int limit) {
        Field<Boolean> overdue = DSL.field(overdue(today));
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, ORGANISATION.NAME, PERSON.DISPLAY_NAME,
                        ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.PROGRESS, overdue)
                .from(ACTION_ITEM)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(ACTION_ITEM.AREA_ID.eq(areaId))
                .orderBy(overdue.desc(), ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.TITLE)
                .offset(offset).limit(limit)
                .fetch(r -> new ActionItemSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ActionItemStatus.valueOf(r.value6()), r.value7(), Boolean.TRUE.equals(r.value8())));
    }

    Optional<ActionItemDetails> find(long id, LocalDate today) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION, AGREEMENT.ID, AGREEMENT.TITLE,
                        PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, ACTION_PLAN.TITLE,
                        ORGANISATION.NAME, PERSON.DISPLAY_NAME, PERSON.EMAIL, ACTION_ITEM.START_DATE,
                        ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.PROGRESS, ACTION_ITEM.VERSION,
                        DSL.field(overdue(today)))
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID))
                .join(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(ACTION_ITEM.ID.eq(id))
                .fetchOptional(r -> new ActionItemDetails(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12(), coOwners(id), r.value13(), r.value14(), ActionItemStatus.valueOf(r.value15()),
                        r.value16(), r.value17(), Boolean.TRUE.equals(r.value18()), reports(id)));
    }

    private List<String> coOwners(long itemId) {
        return dsl.select(ORGANISATION.NAME).from(ACTION_ITEM_CO_OWNER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM_CO_OWNER.ORGANISATION_ID))
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(itemId))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> r.value1());
    }

    private List<ProgressReportSummary> reports(long itemId) {
        return dsl.select(PROGRESS_REPORT.ID, PROGRESS_REPORT.REPORTED_ON, PERSON.DISPLAY_NAME,
                        PROGRESS_REPORT.STATUS, PROGRESS_REPORT.PROGRESS, PROGRESS_REPORT.SUMMARY)
                .from(PROGRESS_REPORT).join(PERSON).on(PERSON.ID.eq(PROGRESS_REPORT.AUTHOR_ID))
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(itemId))
                .orderBy(PROGRESS_REPORT.REPORTED_ON.desc(), PROGRESS_REPORT.ID.desc())
                .fetch(r -> new ProgressReportSummary(r.value1(), r.value2(), r.value3(),
                        ActionItemStatus.valueOf(r.value4()), r.value5(), r.value6()));
    }
}
