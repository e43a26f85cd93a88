package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import se.samverkan.IntegrationTest;

@IntegrationTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DSLContext dsl;

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
    void loadingAgainChangesNothing() {
        int organisations = dsl.fetchCount(ORGANISATION);
        int items = dsl.fetchCount(ACTION_ITEM);
        int accounts = dsl.fetchCount(USER_ACCOUNT);

        loader.run(new DefaultApplicationArguments());

        assertThat(dsl.fetchCount(ORGANISATION)).isEqualTo(organisations);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isEqualTo(items);
        assertThat(dsl.fetchCount(USER_ACCOUNT)).isEqualTo(accounts);
    }
}
