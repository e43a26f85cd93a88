package se.samverkan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemFilter.OrganisationRole;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.base.validation.ValidationException;
import se.samverkan.dashboard.Dashboard.AreaCounts;
import se.samverkan.dashboard.Dashboard.OwnerCounts;

/**
 * The dashboard's figures against the demo data, each checked twice: against plain SQL written here (an oracle that
 * shares no code with the dashboard), and against the item list it links to (the list's count for the same filter).
 * Then who may see which dashboard.
 */
@IntegrationTest
class DashboardServiceTest {

    private static final String OPEN = "('PLANNED', 'ONGOING', 'POSTPONED')";
    private static final String FARSTA = "Lokal samverkansöverenskommelse Farsta";

    @Autowired
    DashboardService dashboards;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    @Autowired
    PlatformTransactionManager transactions;

    private long cityWide() {
        return dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
    }

    private long agreement(String title) {
        return dsl.fetchValue(AGREEMENT.ID, AGREEMENT.TITLE.eq(title));
    }

    /** The oracle's definition of the dashboard's items: in the agreement, running during the period. */
    private static String items(String agreementCondition) {
        return "FROM action_item ai WHERE " + agreementCondition
                + " AND (ai.start_date IS NULL OR ai.start_date <= {1})"
                + " AND (ai.due_date IS NULL OR ai.due_date >= {0} OR ai.status IN " + OPEN + ")";
    }

    private int count(String sql, Object... bindings) {
        return dsl.fetchValue(sql, bindings) instanceof Number n ? n.intValue() : -1;
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void theCityWideDashboardCountsWhatPlainSqlCounts() {
        long ks = cityWide();
        DashboardQuery query = dashboards.defaultQuery(ks);
        Dashboard d = dashboards.load(query);
        LocalDate today = dashboards.today();
        String items = items("ai.agreement_id = {2}");
        Object[] args = { query.from(), query.to(), ks, today };

        assertThat(d.agreementTitle()).startsWith("Övergripande samverkansöverenskommelse");
        assertThat(d.totals().items()).isEqualTo(count("SELECT COUNT(*) " + items, args)).isGreaterThan(20);
        assertThat(d.totals().overdue()).isEqualTo(count("SELECT COUNT(*) " + items
                + " AND ai.status IN " + OPEN + " AND ai.due_date < {3}", args)).isPositive();
        assertThat(d.totals().completed()).isEqualTo(count("SELECT COUNT(*) " + items
                + " AND ai.status = 'COMPLETED'", args)).isPositive();
        // "no report since" counts from the last follow-up held in the period (the demo has held some), else from
        // the period's start
        Object last = dsl.fetchValue("SELECT MAX(scheduled_on) FROM follow_up WHERE agreement_id = {0}"
                + " AND status <> 'CANCELLED' AND scheduled_on <= {1}", ks, today);
        LocalDate held = last instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) last;
        LocalDate since = held != null && !held.isBefore(query.from()) ? held : query.from();
        assertThat(d.stale().sinceFollowUp()).isEqualTo(!since.equals(query.from()));
        assertThat(d.stale().since()).isEqualTo(since);
        assertThat(d.totals().stale()).isEqualTo(count("SELECT COUNT(*) " + items + " AND ai.status IN " + OPEN
                + " AND (ai.start_date IS NULL OR ai.start_date <= {3}) AND NOT EXISTS (SELECT 1 FROM progress_report pr WHERE pr.action_item_id = ai.id"
                + " AND pr.reported_on >= {4})", query.from(), query.to(), ks, today, since));

        // the next follow-ups of the agreement, soonest first (the demo has some planned)
        assertThat(d.upcoming()).extracting(Dashboard.Upcoming::id).isNotEmpty().containsExactlyElementsOf(
                dsl.fetch("SELECT id FROM follow_up WHERE agreement_id = {0} AND status <> 'CANCELLED'"
                        + " AND scheduled_on >= {1} ORDER BY scheduled_on, starts_at, id LIMIT 5", ks, today)
                        .map(r -> r.get(0, Long.class)));

        // per area and status, per area and light: every area of the agreement, in order
        Map<String, Integer> expected = new HashMap<>();
        for (Record r : dsl.fetch("SELECT ai.area_id, ai.status, ai.traffic_light, COUNT(*) " + items
                + " GROUP BY ai.area_id, ai.status, ai.traffic_light", args)) {
            expected.merge(r.get(0) + " " + r.get(1), r.get(3, Integer.class), Integer::sum);
            expected.merge(r.get(0) + " " + r.get(2), r.get(3, Integer.class), Integer::sum);
        }
        assertThat(d.areas()).hasSize(10);
        assertThat(d.areas()).extracting(AreaCounts::label).first().asString().startsWith("1. ");
        for (AreaCounts area : d.areas()) {
            for (ActionItemStatus status : ActionItemStatus.values()) {
                assertThat(area.status(status)).as(area.label() + " " + status)
                        .isEqualTo(expected.getOrDefault(area.areaId() + " " + status, 0));
            }
            for (TrafficLight light : TrafficLight.values()) {
                assertThat(area.light(light)).as(area.label() + " " + light)
                        .isEqualTo(expected.getOrDefault(area.areaId() + " " + light, 0));
            }
        }

        // the short list: the most overdue first, as many as there are (at most ten)
        assertThat(d.overdue()).hasSize(Math.min(10, d.totals().overdue()));
        assertThat(d.overdue()).extracting(Dashboard.ItemLine::dueDate).isSorted().allMatch(due -> due.isBefore(today));

        // reports per month, and completed items
        Map<YearMonth, Integer> reports = new HashMap<>();
        for (Record r : dsl.fetch("SELECT DATE_FORMAT(pr.reported_on, '%Y-%m'), COUNT(*) FROM progress_report pr"
                + " JOIN action_item ai ON ai.id = pr.action_item_id WHERE ai.id IN (SELECT ai.id " + items + ")"
                + " AND pr.reported_on BETWEEN {0} AND {3} GROUP BY 1", args)) {
            reports.put(YearMonth.parse(r.get(0, String.class)), r.get(1, Integer.class));
        }
        assertThat(d.months()).isNotEmpty();
        assertThat(d.months().getLast().month()).isEqualTo(YearMonth.from(today));
        for (Dashboard.MonthPoint m : d.months()) {
            assertThat(m.reports()).as(m.month().toString()).isEqualTo(reports.getOrDefault(m.month(), 0));
        }
        assertThat(d.months().stream().mapToInt(Dashboard.MonthPoint::reports).sum())
                .isEqualTo(reports.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        assertThat(d.months().getLast().completedByEnd()).isEqualTo(d.totals().completed());
        assertThat(d.months().getLast().shareCompleted())
                .isEqualTo((double) d.totals().completed() / (d.totals().items() - d.totals().cancelled()));
        assertThat(d.months()).extracting(Dashboard.MonthPoint::completedByEnd).isSorted();

        // resources per agency and funding
        for (Dashboard.ResourceSum r : d.resources()) {
            Record sums = dsl.fetchSingle("SELECT SUM(r.amount_sek), SUM(r.hours), COUNT(DISTINCT r.action_item_id)"
                    + " FROM action_item_resource r WHERE r.agency = {4} AND r.funding = {5}"
                    + " AND r.action_item_id IN (SELECT ai.id " + items + ")", query.from(), query.to(), ks, today,
                    r.agency().name(), r.funding().name());
            assertThat(r.amountSek()).isEqualByComparingTo(zero(sums.get(0, BigDecimal.class)));
            assertThat(r.hours()).isEqualByComparingTo(zero(sums.get(1, BigDecimal.class)));
            assertThat(r.items()).isEqualTo(sums.get(2, Integer.class));
        }
        assertThat(d.resources()).extracting(Dashboard.ResourceSum::items).isNotEmpty();

        // organisations: led, co-owned, late
        assertThat(d.organisations()).isNotEmpty().hasSizeLessThanOrEqualTo(15);
        for (OwnerCounts o : d.organisations()) {
            Object[] a = { query.from(), query.to(), ks, today, o.organisationId() };
            assertThat(o.led()).as(o.name() + " leads").isEqualTo(count("SELECT COUNT(*) " + items
                    + " AND ai.lead_organisation_id = {4}", a));
            assertThat(o.coOwned()).as(o.name() + " co-owns").isEqualTo(count("SELECT COUNT(*) " + items
                    + " AND ai.id IN (SELECT action_item_id FROM action_item_co_owner WHERE organisation_id = {4})", a));
            assertThat(o.late()).as(o.name() + " late").isEqualTo(count("SELECT COUNT(*) " + items
                    + " AND ai.status IN " + OPEN + " AND ai.due_date < {3} AND (ai.lead_organisation_id = {4}"
                    + " OR ai.id IN (SELECT action_item_id FROM action_item_co_owner WHERE organisation_id = {4}))", a));
        }

        // indicators of the agreement and its areas, with measurements inside the period only
        assertThat(d.indicators().total()).isEqualTo(count("SELECT COUNT(*) FROM indicator WHERE agreement_id = {0}", ks));
        assertThat(d.indicators().shown()).isNotEmpty().allSatisfy(t -> assertThat(t.points())
                .allMatch(p -> !p.measuredOn().isBefore(query.from()) && !p.measuredOn().isAfter(query.to())));
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void theCoverageCountsLocalItemsByDistrictBoardAndCityWideArea() {
        long ks = cityWide();
        DashboardQuery query = dashboards.defaultQuery(ks);
        Dashboard.Coverage coverage = dashboards.load(query).coverage();
        assertThat(coverage).isNotNull();
        // the columns: the city-wide agreement's areas, in order
        assertThat(coverage.columns()).hasSize(10).containsExactlyElementsOf(dsl.fetch("SELECT id, position, title"
                + " FROM priority_area WHERE agreement_id = ? ORDER BY position", ks)
                .map(r -> new Dashboard.Coverage.CityArea(r.get(0, Long.class), r.get(1, Integer.class),
                        r.get(2, String.class))));
        assertThat(coverage.rows()).hasSize(dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq("DISTRICT_BOARD")));
        String cell = "SELECT COUNT(DISTINCT ai.id) FROM action_item ai"
                + " JOIN agreement_party p ON p.agreement_id = ai.agreement_id AND p.organisation_id = {2}"
                + " WHERE ai.status <> 'CANCELLED' AND (ai.start_date IS NULL OR ai.start_date <= {1})"
                + " AND (ai.due_date IS NULL OR ai.due_date >= {0} OR ai.status IN " + OPEN + ")"
                + " AND (ai.area_id = {3} OR ai.area_id IN (SELECT area_id FROM area_contribution WHERE city_area_id = {3}))";
        int filled = 0;
        for (int r = 0; r < coverage.rows().size(); r++) {
            for (int c = 0; c < coverage.columns().size(); c++) {
                long district = coverage.rows().get(r).id();
                long area = coverage.columns().get(c).id();
                int expected = count(cell, query.from(), query.to(), district, area);
                assertThat(coverage.items()[r][c]).as(coverage.rows().get(r).name() + " × " + coverage.columns().get(c)
                        .title()).isEqualTo(expected);
                // the cell's link lists exactly these items
                assertThat(actionPlans.countItems(DashboardService.coverageFilter(query).withCoverage(area, district)))
                        .isEqualTo(expected);
                filled += expected > 0 ? 1 : 0;
            }
        }
        assertThat(filled).as("cells with items").isPositive();
        assertThat(coverage.rows()).anyMatch(row -> row.localAgreements() == 0)
                .anyMatch(row -> row.localAgreements() > 0);
    }

    /** Each chart links to the item list narrowed by what was clicked: the list shows as many items as the chart. */
    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void everyFigureLinksToAListOfExactlyThoseItems() {
        Dashboard d = dashboards.load(dashboards.defaultQuery(cityWide()));
        ItemFilter f = d.filter();
        assertThat(actionPlans.countItems(f)).isEqualTo(d.totals().items());
        assertThat(actionPlans.countItems(f.withOverdueOnly(true))).isEqualTo(d.totals().overdue());
        assertThat(actionPlans.countItems(f.withNoReportSince(d.stale().since()))).isEqualTo(d.totals().stale());
        List<String> wrong = new ArrayList<>();
        for (AreaCounts area : d.areas()) {
            for (ActionItemStatus status : ActionItemStatus.values()) {
                check(wrong, area.label() + " " + status, area.status(status),
                        f.withArea(area.areaId()).withStatuses(EnumSet.of(status)));
            }
            for (TrafficLight light : TrafficLight.values()) {
                check(wrong, area.label() + " " + light, area.light(light),
                        f.withArea(area.areaId()).withTrafficLights(EnumSet.of(light)));
            }
        }
        for (OwnerCounts o : d.organisations()) {
            check(wrong, o.name() + " leads", o.led(), f.withOrganisation(o.organisationId(), OrganisationRole.LEAD));
            check(wrong, o.name() + " co-owns", o.coOwned(),
                    f.withOrganisation(o.organisationId(), OrganisationRole.CO_OWNER));
            check(wrong, o.name() + " late", o.late(),
                    f.withOrganisation(o.organisationId(), OrganisationRole.EITHER).withOverdueOnly(true));
        }
        for (OwnerCounts a : d.agencies()) {
            check(wrong, a.agency() + " leads", a.led(), f.withAgency(a.agency(), OrganisationRole.LEAD));
            check(wrong, a.agency() + " co-owns", a.coOwned(), f.withAgency(a.agency(), OrganisationRole.CO_OWNER));
            check(wrong, a.agency() + " late", a.late(),
                    f.withAgency(a.agency(), OrganisationRole.EITHER).withOverdueOnly(true));
        }
        for (Dashboard.ResourceSum r : d.resources()) {
            check(wrong, r.agency() + " " + r.funding(), r.items(), f.withResources(r.agency(), r.funding()));
        }
        for (Dashboard.MonthPoint m : d.months()) {
            // a month's link lists the items reported on in it; an item reported twice counts once there
            int items = actionPlans.countItems(f.withReportedIn(m.month()));
            if (items > m.reports() || (m.reports() > 0) != (items > 0)) {
                wrong.add(m.month() + ": " + m.reports() + " reports, " + items + " items");
            }
        }
        assertThat(wrong).as("figures whose list shows another number of items").isEmpty();
    }

    private void check(List<String> wrong, String what, int figure, ItemFilter filter) {
        int listed = actionPlans.countItems(filter);
        if (listed != figure) {
            wrong.add(what + ": chart " + figure + ", list " + listed + " (" + filter.toQueryString() + ")");
        }
    }

    /** The whole city as the administrator sees it: every item running in the period, the busiest areas first. */
    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void theWholeCityCountsEveryItemAndFoldsTheQuietAreasIntoOneRow() {
        DashboardQuery query = dashboards.defaultQuery(null);
        Dashboard d = dashboards.load(query);
        assertThat(d.totals().items()).isEqualTo(count("SELECT COUNT(*) " + items("TRUE"), query.from(), query.to()));
        assertThat(d.areas()).hasSizeLessThanOrEqualTo(12).extracting(AreaCounts::total).isSortedAccordingTo(
                (a, b) -> Integer.compare(b, a));
        int shown = d.areas().stream().mapToInt(AreaCounts::total).sum();
        assertThat(shown + (d.otherAreas() == null ? 0 : d.otherAreas().total())).isEqualTo(d.totals().items());
        assertThat(d.coverage()).as("coverage belongs to a city-wide agreement").isNull();
    }

    /** A coordinator sees the whole city as far as they read: the items of the agreements they take part in. */
    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aCoordinatorsWholeCityIsTheAgreementsTheyRead() {
        DashboardQuery query = dashboards.defaultQuery(null);
        Dashboard d = dashboards.load(query);
        long farsta = agreement(FARSTA);
        assertThat(d.totals().items()).isEqualTo(count("SELECT COUNT(*) " + items(
                "ai.agreement_id IN (SELECT p.agreement_id FROM agreement_party p JOIN organisation o"
                        + " ON o.id = p.organisation_id WHERE o.name IN ('Stockholms stad',"
                        + " 'Enskede-Årsta-Vantörs stadsdelsförvaltning')) AND ai.agreement_id <> {2}"),
                query.from(), query.to(), farsta));
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aCoordinatorOutsideTheAgreementIsRefused() {
        long farsta = agreement(FARSTA);
        assertThatThrownBy(() -> dashboards.load(dashboards.defaultQuery(farsta)))
                .isInstanceOf(AccessDeniedException.class);
        // the city-wide agreement is theirs to read; its coverage shows their own district board (Farsta's is party
        // to no agreement they read), with the local agreement and the citizen promise below the city-wide one
        Dashboard d = dashboards.load(dashboards.defaultQuery(cityWide()));
        assertThat(d.totals().items()).isPositive();
        assertThat(d.coverage().rows()).extracting(Dashboard.Coverage.District::name,
                Dashboard.Coverage.District::localAgreements)
                .containsExactly(tuple("Enskede-Årsta-Vantörs stadsdelsförvaltning", 2));
    }

    @Test
    @WithUserDetails(value = "polis", userDetailsServiceBeanName = "accountService")
    void aPoliceCoordinatorSeesTheDistrictBoardsPartyToTheAgreementsTheyRead() {
        // no district board is above or below a local police area: the rows are the district boards party to an
        // agreement the police area is party to (Enskede-Årsta-Vantör's agreement and promise, Farsta's agreement)
        Dashboard d = dashboards.load(dashboards.defaultQuery(cityWide()));
        assertThat(d.coverage().rows()).extracting(Dashboard.Coverage.District::name,
                Dashboard.Coverage.District::localAgreements)
                .containsExactly(tuple("Enskede-Årsta-Vantörs stadsdelsförvaltning", 2),
                        tuple("Farsta stadsdelsförvaltning", 1));
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void anAdministratorSeesEveryDistrictBoardInTheCoverage() {
        Dashboard d = dashboards.load(dashboards.defaultQuery(cityWide()));
        assertThat(d.coverage().rows()).extracting(Dashboard.Coverage.District::name)
                .containsExactlyElementsOf(dsl.select(ORGANISATION.NAME).from(ORGANISATION)
                        .where(ORGANISATION.KIND.eq("DISTRICT_BOARD")).orderBy(ORGANISATION.NAME)
                        .fetch(ORGANISATION.NAME));
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void aViewerOutsideTheAgreementIsRefusedAndReadsTheirOwn() {
        long farsta = agreement(FARSTA);
        assertThatThrownBy(() -> dashboards.load(dashboards.defaultQuery(farsta)))
                .isInstanceOf(AccessDeniedException.class);
        long eav = agreement("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör");
        Dashboard d = dashboards.load(dashboards.defaultQuery(eav));
        assertThat(d.areas()).hasSize(4);
        assertThat(d.coverage()).isNull();
    }

    @Test
    @WithUserDetails(value = "polis", userDetailsServiceBeanName = "accountService")
    void aPoliceCoordinatorReadsFarstasAgreementWhichHasNoItemsYet() {
        Dashboard d = dashboards.load(dashboards.defaultQuery(agreement(FARSTA)));
        assertThat(d.totals().items()).isZero();
        assertThat(d.areas()).hasSize(3).allMatch(a -> a.total() == 0);
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aPeriodBackwardsOrLongerThanTenYearsIsRefused() {
        LocalDate today = dashboards.today();
        assertThatThrownBy(() -> dashboards.load(new DashboardQuery(null, today, today.minusDays(1))))
                .isInstanceOf(ValidationException.class).hasMessage("dashboard.error.period");
        assertThatThrownBy(() -> dashboards.load(new DashboardQuery(null, today.minusYears(11), today)))
                .isInstanceOf(ValidationException.class).hasMessage("dashboard.error.periodTooLong");
        assertThatThrownBy(() -> dashboards.load(new DashboardQuery(null, null, today)))
                .isInstanceOf(ValidationException.class);
    }

    /**
     * A load runs a fixed number of statements for this data, none per area, item or organisation: for the city-wide
     * agreement the user's organisation reach and permission scope (2, read once per transaction), the agreement with
     * its last follow-up, the counts per area and the areas (which are also the coverage's columns), the two short
     * lists, the two monthly series, the indicators and their measurements, resources, organisations, agencies, the
     * coverage's rows and cells, the upcoming follow-ups: 17 (some are left out when there is nothing to read: no
     * measurements without indicators, no cells without rows, no months before the period began; the data here has
     * all of them). The database counts every statement the connection sends ({@code Questions}), on the connection of
     * the read-only transaction both loads join (the second finds the reach and the scope already read).
     */
    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aLoadRunsAFixedNumberOfStatementsNoneForEachAreaItemOrOrganisation() {
        DashboardQuery query = dashboards.defaultQuery(cityWide());
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        long[] statements = readOnly.execute(status -> {
            long start = statementsSent();
            Dashboard d = dashboards.load(query);
            long between = statementsSent();
            dashboards.load(query);
            long end = statementsSent();
            assertThat(d.coverage().columns()).hasSize(10);
            assertThat(d.coverage().rows()).isNotEmpty();
            assertThat(d.indicators().shown()).isNotEmpty();
            assertThat(d.months()).isNotEmpty();
            // reading the status is a statement too
            return new long[] {between - start - 1, end - between - 1};
        });
        assertThat(statements[0]).as("statements of a load").isEqualTo(17);
        assertThat(statements[1]).as("statements of a second load in the same transaction").isEqualTo(15);
    }

    private long statementsSent() {
        return Long.parseLong(String.valueOf(dsl.fetchValue("SELECT variable_value FROM information_schema.session_status"
                + " WHERE variable_name = 'Questions'")));
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
