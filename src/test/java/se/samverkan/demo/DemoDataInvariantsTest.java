package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_BASIS;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.ACTION_ITEM_TARGET_GROUP;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.CONSULTATION_ANSWER;
import static se.samverkan.db.Tables.CONSULTATION_BODY;
import static se.samverkan.db.Tables.CONSULTATION_REMARK;
import static se.samverkan.db.Tables.CONSULTATION_REMARK_LINK;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.AREA_CONTRIBUTION;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.INDICATOR;
import static se.samverkan.db.Tables.INDICATOR_MEASUREMENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.db.Tables.TARGET_GROUP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.organisation.AccountService;

/**
 * The demo as loaded on the first day of a year (the hardest day for dates that move with today: the plans reach
 * exactly one year back, the citizen promise's year has just begun) in a database of its own, so that no other test's
 * changes can hide or cause a failure here. Each rule is one the issue named: item dates inside their plan, plans inside
 * their agreement, the citizen promise of the current year, amber and red say why, existing work or a reason why new,
 * no report in the future or before its item, indicators with measurements (both series when split), every demo user
 * reaches items, and a history with before and after.
 */
@SpringBootTest(properties = {
        "samverkan.db.embedded.data-dir=target/test-db/${random.uuid}",
        "samverkan.db.embedded.port=0",
        "samverkan.demo.enabled=true",
        // Quartz keeps each scheduler's data source in a JVM-wide registry by instance name: a name of its own keeps
        // the shared test context's scheduler on its own database
        "spring.quartz.properties.org.quartz.scheduler.instanceName=samverkan-demo-check"
})
class DemoDataInvariantsTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    @TestConfiguration
    static class FirstDayOfTheYear {
        @Bean
        @Primary
        Clock firstDayOfTheYear() {
            return Clock.fixed(TODAY.atTime(7, 30).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        }
    }

    @Autowired
    DSLContext dsl;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Test
    void theDemoIsLoadedAsOfTheClocksToday() {
        assertThat(LocalDate.now(clock)).isEqualTo(TODAY);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isBetween(40, 60);
        assertThat(dsl.select(DSL.max(PROGRESS_REPORT.REPORTED_ON)).from(PROGRESS_REPORT).fetchSingle().value1())
                .isEqualTo(TODAY);
    }

    @Test
    void everyItemLiesInsideItsPlansPeriod() {
        List<String> outside = dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM).join(ACTION_PLAN)
                .on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID))
                .where(ACTION_ITEM.START_DATE.isNull().or(ACTION_ITEM.DUE_DATE.isNull())
                        .or(ACTION_ITEM.START_DATE.lt(ACTION_PLAN.PERIOD_START))
                        .or(ACTION_ITEM.DUE_DATE.gt(ACTION_PLAN.PERIOD_END)))
                .fetch(ACTION_ITEM.TITLE);
        assertThat(outside).as("items without dates or with dates outside their plan's period").isEmpty();
    }

    @Test
    void plansLieInsideTheirAgreementsPeriodAndCoverToday() {
        List<String> outside = dsl.select(ACTION_PLAN.TITLE).from(ACTION_PLAN).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(ACTION_PLAN.AGREEMENT_ID))
                .where(ACTION_PLAN.PERIOD_START.lt(AGREEMENT.PERIOD_START)
                        .or(AGREEMENT.PERIOD_END.isNotNull().and(ACTION_PLAN.PERIOD_END.gt(AGREEMENT.PERIOD_END))))
                .fetch(ACTION_PLAN.TITLE);
        assertThat(outside).as("plans outside their agreement's period").isEmpty();
        assertThat(dsl.select(ACTION_PLAN.TITLE, ACTION_PLAN.PERIOD_START, ACTION_PLAN.PERIOD_END).from(ACTION_PLAN)
                .fetch(r -> r.value1() + " " + r.value2() + "–" + r.value3()))
                .hasSize(2)
                .allSatisfy(plan -> assertThat(plan).contains("2029–2031 2029-01-01–2031-12-31"));
    }

    @Test
    void agreementsFollowTheCalendarButKs2019Keeps656ItsRealDates() {
        var cityWide = dsl.selectFrom(AGREEMENT).where(AGREEMENT.DIARY_NUMBER.eq("KS 2019/656")).fetchSingle();
        assertThat(cityWide.getAdoptedOn()).isEqualTo(LocalDate.of(2019, 11, 4));
        assertThat(cityWide.getPeriodStart()).isEqualTo(LocalDate.of(2019, 11, 4));
        assertThat(cityWide.getPeriodEnd()).isNull();
        assertThat(cityWide.getAdoptedBy()).isEqualTo("Kommunfullmäktige");

        var promise = dsl.selectFrom(AGREEMENT).where(AGREEMENT.KIND.eq("CITIZEN_PROMISE")).fetchSingle();
        assertThat(promise.getTitle()).isEqualTo("Medborgarlöfte Enskede-Årsta-Vantör 2030");
        assertThat(promise.getDiaryNumber()).startsWith("EÅV 2029/");
        assertThat(promise.getPeriodStart()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(promise.getPeriodEnd()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(promise.getStatus()).isEqualTo("ADOPTED");
        assertThat(promise.getAdoptedOn()).isBefore(TODAY);

        // nothing adopted lies in the future, and nothing that says adopted has run out
        for (var agreement : dsl.selectFrom(AGREEMENT).where(AGREEMENT.STATUS.eq("ADOPTED")).fetch()) {
            assertThat(agreement.getAdoptedOn()).as(agreement.getTitle()).isBeforeOrEqualTo(TODAY)
                    .isBeforeOrEqualTo(agreement.getPeriodStart());
            if (agreement.getPeriodEnd() != null) {
                assertThat(agreement.getPeriodEnd()).as(agreement.getTitle()).isAfterOrEqualTo(TODAY);
            }
        }
    }

    @Test
    void amberAndRedSayWhyAndMostItemsAreGreen() {
        List<String> unexplained = dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM)
                .where(ACTION_ITEM.TRAFFIC_LIGHT.in("AMBER", "RED"))
                .and(DSL.coalesce(DSL.charLength(DSL.trim(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT)), 0).lt(40))
                .fetch(ACTION_ITEM.TITLE);
        assertThat(unexplained).as("amber or red items without a comment saying why").isEmpty();
        int total = dsl.fetchCount(ACTION_ITEM);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.TRAFFIC_LIGHT.eq("GREEN"))).isGreaterThan(total / 2);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.TRAFFIC_LIGHT.eq("AMBER"))).isGreaterThanOrEqualTo(4);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.TRAFFIC_LIGHT.eq("RED"))).isBetween(2, 5);
    }

    @Test
    void everyItemSaysWhatItMeansInPracticeAndWhatItBuildsOn() {
        List<String> noPractice = dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM)
                .where(ACTION_ITEM.DESCRIPTION.eq(ACTION_ITEM.TITLE)
                        .or(DSL.charLength(ACTION_ITEM.DESCRIPTION).lt(120)))
                .fetch(ACTION_ITEM.TITLE);
        assertThat(noPractice).as("items without a plain description of what they mean in practice").isEmpty();

        List<String> neither = dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM)
                .where(DSL.notExists(DSL.selectOne().from(ACTION_ITEM_BASIS)
                        .where(ACTION_ITEM_BASIS.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))))
                .and(DSL.coalesce(DSL.charLength(DSL.trim(ACTION_ITEM.NEW_WORK_JUSTIFICATION)), 0).lt(40))
                .fetch(ACTION_ITEM.TITLE);
        assertThat(neither).as("items with neither existing work nor a reason why they are new").isEmpty();
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.NEW_WORK_JUSTIFICATION.isNotNull())).isGreaterThanOrEqualTo(3);

        assertThat(dsl.selectDistinct(ACTION_ITEM_BASIS.KIND).from(ACTION_ITEM_BASIS).fetch(ACTION_ITEM_BASIS.KIND))
                .containsExactlyInAnyOrder("INITIATIVE", "CITIZEN_PROMISE", "ILS", "ACTION_ITEM");
        assertThat(dsl.select(ACTION_ITEM_BASIS.REFERENCE).from(ACTION_ITEM_BASIS)
                .where(ACTION_ITEM_BASIS.KIND.eq("ILS")).fetch(ACTION_ITEM_BASIS.REFERENCE))
                .isNotEmpty().allMatch(reference -> reference.matches("ILS 20\\d\\d:\\d+"));
        assertThat(dsl.select(AGREEMENT.KIND).from(ACTION_ITEM_BASIS).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(ACTION_ITEM_BASIS.LINKED_AGREEMENT_ID)).fetch(AGREEMENT.KIND))
                .isNotEmpty().containsOnly("CITIZEN_PROMISE");
    }

    @Test
    void itemsHaveDeputiesResourcesTargetGroupsAndAFewAreConfidential() {
        int total = dsl.fetchCount(ACTION_ITEM);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.DEPUTY_PERSON_ID.isNotNull())).isGreaterThan(total / 2);
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.PUBLISHABLE.isFalse())).isBetween(2, total / 5);
        assertThat(dsl.fetchCount(dsl.selectDistinct(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID).from(ACTION_ITEM_RESOURCE)))
                .isGreaterThan(total / 2);
        assertThat(dsl.selectDistinct(ACTION_ITEM_RESOURCE.AGENCY, ACTION_ITEM_RESOURCE.FUNDING)
                .from(ACTION_ITEM_RESOURCE).fetch(r -> r.value1() + "/" + r.value2()))
                .contains("CITY/EXISTING", "CITY/NEW", "POLICE/EXISTING");
        // every target group the migration seeds is used, children and women's perceived safety more than once
        assertThat(dsl.select(TARGET_GROUP.NAME_SV, DSL.count()).from(TARGET_GROUP).join(ACTION_ITEM_TARGET_GROUP)
                .on(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID.eq(TARGET_GROUP.ID)).groupBy(TARGET_GROUP.NAME_SV)
                .fetchMap(r -> r.value1(), r -> r.value2()))
                .hasSize(dsl.fetchCount(TARGET_GROUP))
                .hasEntrySatisfying("Barn", n -> assertThat(n).isGreaterThan(3))
                .hasEntrySatisfying("Kvinnors upplevda trygghet", n -> assertThat(n).isGreaterThan(2));
        // children as victims, in the area of particularly vulnerable victims, for the consultation round's remarks
        assertThat(dsl.fetchCount(ACTION_ITEM.join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ACTION_ITEM_TARGET_GROUP).on(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .join(TARGET_GROUP).on(TARGET_GROUP.ID.eq(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID)),
                PRIORITY_AREA.TITLE.eq("Särskilt utsatta och sårbara brottsoffer"), TARGET_GROUP.NAME_SV.eq("Barn")))
                .isPositive();
    }

    @Test
    void reportsAreNeitherInTheFutureNorBeforeTheirItemStarted() {
        List<String> misplaced = dsl.select(ACTION_ITEM.TITLE, PROGRESS_REPORT.REPORTED_ON).from(PROGRESS_REPORT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(PROGRESS_REPORT.ACTION_ITEM_ID))
                .where(PROGRESS_REPORT.REPORTED_ON.gt(TODAY).or(PROGRESS_REPORT.REPORTED_ON.lt(ACTION_ITEM.START_DATE)))
                .fetch(r -> r.value1() + " " + r.value2());
        assertThat(misplaced).isEmpty();
        assertThat(dsl.fetchCount(PROGRESS_REPORT)).isGreaterThan(30);
        assertThat(dsl.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.TRAFFIC_LIGHT.in("AMBER", "RED"))).isPositive();
    }

    @Test
    void indicatorsHaveMeasurementsAndSplitOnesHaveBothSeries() {
        for (var indicator : dsl.selectFrom(INDICATOR).fetch()) {
            var series = dsl.select(INDICATOR_MEASUREMENT.SERIES, DSL.count(), DSL.max(INDICATOR_MEASUREMENT.MEASURED_ON),
                    DSL.min(INDICATOR_MEASUREMENT.MEASURED_ON))
                    .from(INDICATOR_MEASUREMENT).where(INDICATOR_MEASUREMENT.INDICATOR_ID.eq(indicator.getId()))
                    .groupBy(INDICATOR_MEASUREMENT.SERIES).fetch();
            assertThat(series).as(indicator.getName()).isNotEmpty();
            for (var line : series) {
                assertThat(line.value3()).as(indicator.getName()).isBeforeOrEqualTo(TODAY);
                assertThat(line.value4()).as(indicator.getName()).isAfterOrEqualTo(indicator.getBaselineDate());
            }
            if (indicator.getSplit().equals("GENDER")) {
                assertThat(series.map(r -> r.value1())).as(indicator.getName()).contains("WOMEN", "MEN");
                assertThat(series).as(indicator.getName() + ": women and men measured as often")
                        .allSatisfy(line -> assertThat(line.value2()).isEqualTo(series.get(0).value2()));
                assertThat(series.get(0).value2()).as(indicator.getName() + ": measured over time").isGreaterThan(3);
            }
            assertThat(indicator.getTargetDate()).as(indicator.getName()).isAfter(TODAY);
        }
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.SPLIT.eq("GENDER"))).isGreaterThanOrEqualTo(1);
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.ACTION_ITEM_ID.isNotNull())).isGreaterThanOrEqualTo(1);
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.DIRECTION.eq("LOWER").and(INDICATOR.SPLIT.eq("NONE"))))
                .as("the list of particularly vulnerable areas: fewer is better").isGreaterThanOrEqualTo(1);
    }

    /** The consultation rounds: accepted remarks name what takes them up, the others say why; dates in order. */
    @Test
    void theConsultationRoundsFollowTheirRules() {
        assertThat(dsl.fetchCount(CONSULTATION_REMARK, CONSULTATION_REMARK.HANDLING.eq("ACCEPTED")
                .and(DSL.notExists(DSL.selectOne().from(CONSULTATION_REMARK_LINK)
                        .where(CONSULTATION_REMARK_LINK.REMARK_ID.eq(CONSULTATION_REMARK.ID))))))
                .as("accepted remarks without a link").isZero();
        assertThat(dsl.fetchCount(CONSULTATION_REMARK, CONSULTATION_REMARK.HANDLING.in("NOT_ACCEPTED", "PENDING")
                .and(DSL.exists(DSL.selectOne().from(CONSULTATION_REMARK_LINK)
                        .where(CONSULTATION_REMARK_LINK.REMARK_ID.eq(CONSULTATION_REMARK.ID))))))
                .as("remarks linked although not taken up").isZero();
        assertThat(dsl.fetchCount(CONSULTATION_ANSWER.join(CONSULTATION_ROUND)
                .on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID)),
                CONSULTATION_ANSWER.ANSWERED_ON.lt(CONSULTATION_ROUND.SENT_ON)
                        .or(CONSULTATION_ANSWER.ANSWERED_ON.gt(TODAY))
                        .or(CONSULTATION_ANSWER.DECISION_DATE.gt(CONSULTATION_ANSWER.ANSWERED_ON))
                        .or(CONSULTATION_ANSWER.STATEMENT_DATE.gt(CONSULTATION_ANSWER.DECISION_DATE))))
                .as("answers dated out of order").isZero();
        var ks = dsl.selectFrom(CONSULTATION_ROUND).where(CONSULTATION_ROUND.DIARY_NUMBER.eq("KS 2019/656"))
                .fetchSingle();
        assertThat(dsl.fetchCount(CONSULTATION_BODY, CONSULTATION_BODY.ROUND_ID.eq(ks.getId()))).isEqualTo(5);
        assertThat(dsl.fetchCount(CONSULTATION_ANSWER, CONSULTATION_ANSWER.ROUND_ID.eq(ks.getId()))).isEqualTo(4);
        assertThat(dsl.fetchCount(CONSULTATION_ANSWER, CONSULTATION_ANSWER.ROUND_ID.eq(ks.getId())
                .and(CONSULTATION_ANSWER.EXAMPLE.isTrue()))).isEqualTo(3);
        // the round out for consultation now is not yet due, whatever day the demo is loaded on
        assertThat(dsl.select(CONSULTATION_ROUND.DUE_ON).from(CONSULTATION_ROUND)
                .where(CONSULTATION_ROUND.STATUS.eq("OPEN")).fetch(CONSULTATION_ROUND.DUE_ON))
                .singleElement().satisfies(due -> assertThat(due).isAfter(TODAY));
    }

    @Test
    void everyDemoUserReachesItems() {
        for (String user : List.of("admin", "chef", "stad", "polis", "insyn")) {
            assertThat(as(user, () -> actionPlans.countItems(ItemFilter.none()))).as(user).isGreaterThan(10);
        }
    }

    @Test
    void theCoordinatorsHaveRichListsOfTheirOwnAndPolisMeetsItemsItMayNotEdit() {
        for (String user : List.of("stad", "polis")) {
            List<ActionItemDetails> mine = as(user, () -> actionPlans.findMyItems(0, 100).stream()
                    .map(item -> actionPlans.findItem(item.id()).orElseThrow()).toList());
            assertThat(mine).as(user + ": my items").hasSizeGreaterThanOrEqualTo(8);
            assertThat(mine.stream().filter(item -> item.permissions().edit()).map(ActionItemDetails::agreementTitle)
                    .distinct()).as(user + ": edits items of the city-wide and the local agreement")
                    .contains("Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm",
                            "Lokal samverkansöverenskommelse Enskede-Årsta-Vantör");
            assertThat(mine).as(user + ": some overdue").anyMatch(ActionItemDetails::overdue);
            assertThat(mine).as(user + ": some due within two weeks").anyMatch(item -> !item.overdue()
                    && item.dueDate() != null && !item.dueDate().isAfter(TODAY.plusDays(14))
                    && item.status().isOpen());
        }
        List<ActionItemSummary> readable = as("polis", () -> actionPlans.findItems(ItemFilter.none(), List.of(), 0, 200));
        List<String> notEditable = as("polis", () -> readable.stream()
                .map(item -> actionPlans.findItem(item.id()).orElseThrow())
                .filter(item -> !item.permissions().edit()).map(ActionItemDetails::agreementTitle).distinct().toList());
        assertThat(notEditable).as("agreements where polis reads items its area neither leads nor co-owns")
                .contains("Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm",
                        "Lokal samverkansöverenskommelse Enskede-Årsta-Vantör");
    }

    @Test
    void theDemoUsersEditsShowInTheHistoryWithBeforeAndAfter() {
        List<AuditEntry> training = historyOf(DemoHistory.TRAINING);
        assertThat(training).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("stad");
            assertThat(entry.action()).isEqualTo("STATUS_CHANGE");
            // only what the user changed: the demo's other fields come back from the form unchanged
            assertThat(entry.changes()).containsExactlyInAnyOrder(
                    new AuditRecord.Change("actionItem.status", "actionItem.status.", "PLANNED", "ONGOING"),
                    new AuditRecord.Change("actionItem.progress", null, "0", "10"));
        });
        List<AuditEntry> patrols = historyOf(DemoHistory.EVENING_PATROLS);
        assertThat(patrols).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("polis");
            assertThat(entry.action()).isEqualTo("REPORT");
            assertThat(entry.changes()).contains(new AuditRecord.Change("actionItem.trafficLight",
                    "actionItem.trafficLight.", "GREEN", "AMBER"));
        });
        assertThat(itemDetails(DemoHistory.EVENING_PATROLS).trafficLight().name()).isEqualTo("AMBER");
        List<AuditEntry> walks = historyOf(DemoHistory.SAFETY_WALKS);
        assertThat(walks).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("stad");
            assertThat(entry.action()).isEqualTo("MEASUREMENT");
            // on the first day of the year no walk has been held yet
            assertThat(entry.changes()).contains(new AuditRecord.Change("measurement.value", null, null, "0"),
                    new AuditRecord.Change("measurement.measuredOn", null, null, TODAY.toString()));
        });
        assertThat(training.getFirst().occurredAt()).isAfterOrEqualTo(LocalDateTime.of(TODAY, LocalTime.MIN));
    }

    /**
     * Every area of the local agreements and the citizen promise names what it contributes to, and only areas of
     * KS 2019/656 above them; the dashboard's coverage then shows both kinds of cell: district boards with items in an
     * area, and gaps (district boards without a local agreement at all, and areas no local item serves).
     */
    @Test
    void localAreasNameTheCityWideAreasTheyServeAndTheCoverageHasItemsAndGaps() {
        long cityWide = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        var local = PRIORITY_AREA.as("local_area");
        var city = PRIORITY_AREA.as("city_area");
        var below = AGREEMENT.as("below");
        List<String> unlinked = dsl.select(local.TITLE).from(local).join(below).on(below.ID.eq(local.AGREEMENT_ID))
                .where(below.KIND.ne("CITY_WIDE"))
                .andNotExists(DSL.selectOne().from(AREA_CONTRIBUTION).where(AREA_CONTRIBUTION.AREA_ID.eq(local.ID)))
                .fetch(local.TITLE);
        assertThat(unlinked).as("local areas that name no city-wide area").isEmpty();
        List<String> foreign = dsl.select(local.TITLE).from(AREA_CONTRIBUTION)
                .join(local).on(local.ID.eq(AREA_CONTRIBUTION.AREA_ID))
                .join(city).on(city.ID.eq(AREA_CONTRIBUTION.CITY_AREA_ID))
                .where(city.AGREEMENT_ID.ne(cityWide))
                .fetch(local.TITLE);
        assertThat(foreign).as("links to areas outside KS 2019/656").isEmpty();

        // the coverage's cells, counted here in plain SQL: district board × city-wide area with local items
        var party = AGREEMENT_PARTY;
        int filled = dsl.fetchCount(dsl.selectDistinct(party.ORGANISATION_ID, AREA_CONTRIBUTION.CITY_AREA_ID)
                .from(ACTION_ITEM)
                .join(AREA_CONTRIBUTION).on(AREA_CONTRIBUTION.AREA_ID.eq(ACTION_ITEM.AREA_ID))
                .join(party).on(party.AGREEMENT_ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(party.ORGANISATION_ID))
                .where(ORGANISATION.KIND.eq("DISTRICT_BOARD")));
        int districts = dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq("DISTRICT_BOARD"));
        assertThat(filled).as("cells of the coverage with items").isGreaterThanOrEqualTo(4)
                .isLessThan(districts * 10);
        int withoutAgreement = dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq("DISTRICT_BOARD")
                .andNotExists(DSL.selectOne().from(party).join(below).on(below.ID.eq(party.AGREEMENT_ID))
                        .where(party.ORGANISATION_ID.eq(ORGANISATION.ID)).and(below.KIND.eq("LOCAL"))));
        assertThat(withoutAgreement).as("district boards without a local agreement").isPositive();
    }

    private List<AuditEntry> historyOf(String title) {
        long id = itemDetails(title).id();
        return as("admin", () -> audit.historyOfActionItem(id, 0, 50));
    }

    private ActionItemDetails itemDetails(String title) {
        return as("admin", () -> actionPlans.findItemsByTitle(title, 5).stream()
                .filter(item -> item.title().equals(title)).findFirst()
                .flatMap(item -> actionPlans.findItem(item.id())).orElseThrow());
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
