package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;

@IntegrationTest
@WithUserDetails(value = "polis", userDetailsServiceBeanName = "accountService")
class ActionPlanServiceTest {

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    @Autowired
    ActionItemRepository items;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    TargetGroupRepository targetGroups;

    @Autowired
    ActionItemAccess access;

    @Autowired
    ActionItemChecks checks;

    @Autowired
    ItemSnapshots snapshots;

    @Autowired
    se.samverkan.audit.AuditService audit;

    private long areaWithMostItems() {
        return dsl.select(ACTION_ITEM.AREA_ID).from(ACTION_ITEM).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .where(AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"))
                .groupBy(ACTION_ITEM.AREA_ID).orderBy(org.jooq.impl.DSL.count().desc(), ACTION_ITEM.AREA_ID)
                .limit(1).fetchSingle().value1();
    }

    @Test
    void anAreaListsItsItemsPageByPageWithOverdueOnesFirst() {
        long areaId = areaWithMostItems();
        int count = actionPlans.countItemsInArea(areaId);
        List<ActionItemSummary> all = actionPlans.findItemsInArea(areaId, 0, 100);
        assertThat(all).hasSize(count);
        assertThat(actionPlans.findItemsInArea(areaId, 1, 1)).containsExactly(all.get(1));

        boolean seenOnTime = false;
        for (ActionItemSummary item : all) {
            if (!item.overdue()) {
                seenOnTime = true;
            }
            assertThat(item.overdue() && seenOnTime).as("overdue items come first").isFalse();
        }
    }

    /** "Overdue" turns at midnight in Stockholm, whatever the server's own zone: seen on both sides of it. */
    @Test
    void anItemIsOverdueFromTheMidnightAfterItsDueDateInStockholm() {
        long itemId = dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.STATUS.eq("ONGOING")).orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
        LocalDate due = dsl.select(ACTION_ITEM.DUE_DATE).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(itemId))
                .fetchSingle().value1();
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        Instant midnight = due.plusDays(1).atStartOfDay(stockholm).toInstant();

        ActionPlanService beforeMidnight = withClock(Clock.fixed(midnight.minusSeconds(1), stockholm));
        ActionPlanService afterMidnight = withClock(Clock.fixed(midnight, stockholm));

        assertThat(beforeMidnight.findItem(itemId).orElseThrow().overdue()).isFalse();
        assertThat(afterMidnight.findItem(itemId).orElseThrow().overdue()).isTrue();
        long areaId = beforeMidnight.findItem(itemId).orElseThrow().areaId();
        assertThat(afterMidnight.findItemsInArea(areaId, 0, 100)).filteredOn(i -> i.id() == itemId)
                .singleElement().extracting(ActionItemSummary::overdue).isEqualTo(true);
        // the same instant in UTC is still the due date: the Stockholm clock decides, not the server's zone
        assertThat(LocalDate.ofInstant(midnight, ZoneId.of("UTC"))).isEqualTo(due);
    }

    private ActionPlanService withClock(Clock fixed) {
        return new ActionPlanService(items, reports, targetGroups, access, checks, snapshots, audit, fixed);
    }

    /** The grouped counts per area against rows counted one status at a time by separate queries. */
    @Test
    void countsPerAreaMatchRowsCountedOneByOne() {
        long cityWide = dsl.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"))
                .fetchSingle().value1();
        Map<Long, AreaItemCounts> counts = actionPlans.countItemsByArea(cityWide);
        List<Long> areas = dsl.select(PRIORITY_AREA.ID).from(PRIORITY_AREA)
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(cityWide)).fetch(r -> r.value1());
        LocalDate today = LocalDate.now(clock);
        int overdueSeen = 0;
        for (long areaId : areas) {
            AreaItemCounts c = counts.getOrDefault(areaId, AreaItemCounts.none(areaId));
            assertThat(c.total()).isEqualTo(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AREA_ID.eq(areaId)));
            assertThat(c.ongoing()).isEqualTo(dsl.fetchCount(ACTION_ITEM,
                    ACTION_ITEM.AREA_ID.eq(areaId).and(ACTION_ITEM.STATUS.eq("ONGOING"))));
            assertThat(c.completed()).isEqualTo(dsl.fetchCount(ACTION_ITEM,
                    ACTION_ITEM.AREA_ID.eq(areaId).and(ACTION_ITEM.STATUS.eq("COMPLETED"))));
            int overdue = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AREA_ID.eq(areaId)
                    .and(ACTION_ITEM.STATUS.notIn("COMPLETED", "CANCELLED")).and(ACTION_ITEM.DUE_DATE.lt(today)));
            assertThat(c.overdue()).as("overdue in area " + areaId).isEqualTo(overdue);
            overdueSeen += overdue;
        }
        assertThat(overdueSeen).as("the demo has overdue items in the city-wide plan").isPositive();
    }

    @Test
    void anItemShowsItsPlaceLeadAndReports() {
        long itemId = dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.ID.in(dsl.select(se.samverkan.db.Tables.PROGRESS_REPORT.ACTION_ITEM_ID)
                        .from(se.samverkan.db.Tables.PROGRESS_REPORT)))
                .limit(1).fetchSingle().value1();
        ActionItemDetails item = actionPlans.findItem(itemId).orElseThrow();
        assertThat(item.title()).isNotBlank();
        assertThat(item.leadOrganisation()).isNotBlank();
        assertThat(item.areaTitle()).isNotBlank();
        assertThat(item.planTitle()).isNotBlank();
        assertThat(item.reports()).isNotEmpty();
        assertThat(item.reports()).isSortedAccordingTo(
                (a, b) -> b.reportedOn().compareTo(a.reportedOn()));
        assertThat(actionPlans.findItem(-1)).isEmpty();
    }
}
