package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import se.samverkan.IntegrationTest;

/** The demo in the shared test database, loaded today; {@link DemoDataInvariantsTest} checks its rules in depth. */
@IntegrationTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    @Test
    void theDemoHasTheStockholmExample() {
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq("DISTRICT_BOARD"))).isEqualTo(13);
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq("LOCAL_POLICE_AREA"))).isGreaterThanOrEqualTo(3);
        long cityWide = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        assertThat(dsl.fetchCount(PRIORITY_AREA, PRIORITY_AREA.AGREEMENT_ID.eq(cityWide))).isEqualTo(10);
        assertThat(dsl.fetchCount(AGREEMENT, AGREEMENT.PARENT_ID.eq(cityWide))).isBetween(2, 3);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isBetween(30, 60);
        assertThat(dsl.selectDistinct(ACTION_ITEM.STATUS).from(ACTION_ITEM).fetch()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dsl.select(USER_ACCOUNT.USERNAME).from(USER_ACCOUNT).fetch(r -> r.value1()))
                .contains("admin", "chef", "stad", "polis", "insyn");
    }

    @Test
    void theCitizenPromiseIsThisYears() {
        int year = LocalDate.now(clock).getYear();
        assertThat(dsl.select(AGREEMENT.TITLE).from(AGREEMENT)
                .where(AGREEMENT.TITLE.startsWith("Medborgarlöfte Enskede-Årsta-Vantör"))
                .fetch(AGREEMENT.TITLE)).containsExactly("Medborgarlöfte Enskede-Årsta-Vantör " + year);
    }

    @Test
    void itemsLieInsideTheirPlanLoadedToday() {
        assertThat(dsl.fetchCount(ACTION_ITEM.join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID)),
                ACTION_ITEM.START_DATE.lt(ACTION_PLAN.PERIOD_START).or(ACTION_ITEM.DUE_DATE.gt(ACTION_PLAN.PERIOD_END))))
                .isZero();
        assertThat(dsl.fetchCount(ACTION_PLAN, ACTION_PLAN.PERIOD_START.le(LocalDate.now(clock))
                .and(ACTION_PLAN.PERIOD_END.ge(LocalDate.now(clock))))).isEqualTo(dsl.fetchCount(ACTION_PLAN));
    }

    @Test
    void loadingAgainChangesNothing() {
        List<Table<?>> tables = List.of(ORGANISATION, PERSON, AGREEMENT, ACTION_ITEM, PROGRESS_REPORT, INDICATOR,
                INDICATOR_MEASUREMENT, USER_ACCOUNT, AUDIT_EVENT);
        List<Integer> before = tables.stream().map(dsl::fetchCount).toList();

        loader.run(new DefaultApplicationArguments());

        assertThat(tables.stream().map(dsl::fetchCount).toList()).isEqualTo(before);
    }
}
