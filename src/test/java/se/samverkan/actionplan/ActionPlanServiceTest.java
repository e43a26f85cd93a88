package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    @Test
    void overdueMeansOpenAndPastItsDueDate() {
        LocalDate today = LocalDate.now(clock);
        List<Long> areas = dsl.select(PRIORITY_AREA.ID).from(PRIORITY_AREA).fetch(r -> r.value1());
        int overdue = 0;
        for (long areaId : areas) {
            for (ActionItemSummary item : actionPlans.findItemsInArea(areaId, 0, 100)) {
                boolean expected = item.status().isOpen() && item.dueDate() != null && item.dueDate().isBefore(today);
                assertThat(item.overdue()).as(item.title()).isEqualTo(expected);
                overdue += item.overdue() ? 1 : 0;
            }
        }
        assertThat(overdue).as("the demo plan has overdue items").isPositive();
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
