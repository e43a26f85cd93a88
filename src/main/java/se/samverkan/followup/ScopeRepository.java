package se.samverkan.followup;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;

/**
 * The action items a follow-up covers: those of its agreement, or of the areas it is narrowed to. Joins the action
 * plan's tables for reading only; what "open" means stays the action plan's ({@link ActionItemStatus#OPEN}).
 */
@Repository
class ScopeRepository {

    private final DSLContext dsl;

    ScopeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ScopeItem> items(long agreementId, Collection<Long> areaIds) {
        Field<java.time.LocalDate> lastReport = DSL.select(DSL.max(PROGRESS_REPORT.REPORTED_ON)).from(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID)).asField("last_report");
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE,
                        ACTION_ITEM.RESPONSIBLE_PERSON_ID, PERSON.DISPLAY_NAME, ACTION_ITEM.DEPUTY_PERSON_ID,
                        ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.TRAFFIC_LIGHT, lastReport,
                        ACTION_ITEM.UPDATED_AT)
                .from(ACTION_ITEM)
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(ACTION_ITEM.AGREEMENT_ID.eq(agreementId))
                .and(areaIds.isEmpty() ? DSL.noCondition() : ACTION_ITEM.AREA_ID.in(areaIds))
                .orderBy(PRIORITY_AREA.POSITION, ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.TITLE,
                        ACTION_ITEM.ID)
                .fetch(r -> new ScopeItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), ActionItemStatus.valueOf(r.value9()),
                        TrafficLight.valueOf(r.value10()), r.value11(), r.value12()));
    }
}
