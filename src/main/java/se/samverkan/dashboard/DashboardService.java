package se.samverkan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.PlanRef;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.ValidationException;
import se.samverkan.dashboard.Dashboard.AreaCounts;
import se.samverkan.organisation.OrganisationService;

/**
 * The managers' overview: for one agreement, or for every agreement the user reads (the whole city), and a period.
 * Everyone reads the dashboard of an agreement they read (administrators: all); the figures count only items of
 * agreements the user reads, so a dashboard shows nothing the item list would not. Every figure is computed by the
 * database; see {@link DashboardRepository}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    /** How many of the next follow-ups the dashboard lists. */
    static final int UPCOMING = 5;

    /** The longest period a dashboard spans: ten years of months. */
    static final int MAX_MONTHS = 120;

    private final DashboardRepository repository;
    private final ActionPlanService actionPlans;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(DashboardRepository repository, ActionPlanService actionPlans, AgreementService agreements,
            OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.actionPlans = actionPlans;
        this.agreements = agreements;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The period a dashboard opens with: for an agreement, its action plan that covers today (or the newest); else,
     * and for the whole city, the current calendar year.
     */
    public DashboardQuery defaultQuery(Long agreementId) {
        LocalDate today = today();
        if (agreementId != null && agreements.canRead(agreementId)) {
            List<PlanRef> plans = actionPlans.findPlans(agreementId);
            PlanRef plan = plans.stream().filter(p -> p.covers(today)).findFirst()
                    .orElse(plans.stream().max(java.util.Comparator.comparing(PlanRef::periodStart)).orElse(null));
            if (plan != null) {
                return new DashboardQuery(agreementId, plan.periodStart(), plan.periodEnd());
            }
        }
        return new DashboardQuery(agreementId, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }

    /**
     * The dashboard for the query.
     *
     * @throws AccessDeniedException when the user does not read the agreement
     * @throws ValidationException   when the period is missing, backwards or longer than ten years
     */
    public Dashboard load(DashboardQuery query) {
        check(query);
        Long agreementId = query.agreementId();
        AgreementScope scope = agreements.readScope();
        LocalDate today = today();
        DashboardRepository.AgreementInfo info = null;
        if (agreementId != null) {
            if (!scope.contains(agreementId)) {
                throw new AccessDeniedException("error.notAllowed");
            }
            info = repository.agreement(agreementId, today)
                    .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        }
        boolean cityWide = info != null && info.kind() == AgreementKind.CITY_WIDE;
        DashboardRepository.FollowUpRef followUp = info == null || info.lastFollowUp() == null
                || info.lastFollowUp().on().isBefore(query.from()) ? null : info.lastFollowUp();
        LocalDate since = followUp == null ? query.from() : followUp.on();

        // the items, and the conditions counted among them, from the action plan feature in one go
        ItemFilter filter = ItemFilter.none().withAgreement(agreementId).withActivePeriod(query.from(), query.to());
        ItemFilter ofAgreement = ItemFilter.none().withAgreement(agreementId);
        List<Condition> conditions = actionPlans.itemConditions(List.of(filter, ofAgreement.withOverdueOnly(true),
                ofAgreement.withNoReportSince(since), coverageFilter(query)));
        Condition items = conditions.get(0);
        Condition overdue = conditions.get(1);
        Condition stale = conditions.get(2);

        DashboardRepository.Figures figures = repository.figures(items, overdue, stale, agreementId);
        Dashboard.Totals totals = figures.totals();
        List<AreaCounts> areas = figures.areas();
        AreaCounts others = agreementId == null ? others(figures.all(), areas) : null;

        return new Dashboard(query, info == null ? null : info.title(), info == null ? null : info.kind(), today,
                filter, totals, areas, others,
                repository.shortList(items.and(overdue), false),
                new Dashboard.Stale(since, followUp != null, followUp == null ? null : followUp.title(),
                        repository.shortList(items.and(stale), true)),
                months(items, query, today, totals),
                repository.indicators(agreementId, agreementId == null ? scope : null, query.from(), query.to()),
                repository.resources(items), repository.organisations(items, overdue),
                repository.agencies(items, overdue),
                cityWide ? coverage(agreementId, figures.ownAreas(), conditions.get(3), scope) : null,
                repository.upcoming(agreementId, scope, today, UPCOMING));
    }

    private static void check(DashboardQuery query) {
        if (query.from() == null) {
            throw ValidationException.of("from", "dashboard.error.period");
        }
        if (query.to() == null || query.to().isBefore(query.from())) {
            throw ValidationException.of("to", "dashboard.error.period");
        }
        if (ChronoUnit.MONTHS.between(query.from(), query.to()) >= MAX_MONTHS) {
            throw ValidationException.of("to", "dashboard.error.periodTooLong", MAX_MONTHS / 12);
        }
    }

    /** The whole city's areas beyond those shown, as one row: all items minus the shown areas' items. */
    private static AreaCounts others(AreaCounts all, List<AreaCounts> shown) {
        int[] byStatus = all.byStatus().clone();
        int[] byLight = all.byLight().clone();
        int total = all.total();
        int overdue = all.overdue();
        for (AreaCounts area : shown) {
            total -= area.total();
            overdue -= area.overdue();
            for (int i = 0; i < byStatus.length; i++) {
                byStatus[i] -= area.byStatus()[i];
            }
            for (int i = 0; i < byLight.length; i++) {
                byLight[i] -= area.byLight()[i];
            }
        }
        return total == 0 ? null : new AreaCounts(null, null, total, byStatus, byLight, overdue);
    }

    /** Every month of the period up to the current one: reports written, and the share of items completed by then. */
    private List<Dashboard.MonthPoint> months(Condition items, DashboardQuery query, LocalDate today,
            Dashboard.Totals totals) {
        LocalDate end = query.to().isAfter(today) ? today : query.to();
        if (end.isBefore(query.from())) {
            return List.of();
        }
        Map<YearMonth, Integer> reports = repository.reportsPerMonth(items, query.from(), end);
        Map<YearMonth, Integer> completed = repository.completedByMonth(items, query.from(), end);
        List<Dashboard.MonthPoint> months = new ArrayList<>();
        int runningTotal = 0;
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            runningTotal = completed.getOrDefault(m, runningTotal);
            double share = totals.countable() == 0 ? 0 : (double) runningTotal / totals.countable();
            months.add(new Dashboard.MonthPoint(m, reports.getOrDefault(m, 0), runningTotal, share));
        }
        return months;
    }

    /**
     * District boards × the city-wide agreement's areas: items (not cancelled, in the period, of agreements the user
     * reads) whose area is, or is linked to, each city-wide area, in agreements the district board is party to. Rows:
     * every district board for administrators; else those in the user's part of the organisation and those party to
     * an agreement the user reads.
     */
    private Dashboard.Coverage coverage(long cityWideId, List<Dashboard.Coverage.CityArea> columns, Condition items,
            AgreementScope scope) {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return repository.coverage(cityWideId, columns, items, null, null);
        }
        return repository.coverage(cityWideId, columns, items, organisations.reach(user.organisationId()).lineage(),
                scope.agreementIds());
    }

    /** The items a cell of the coverage counts (with its city-wide area and district board added). */
    public static ItemFilter coverageFilter(DashboardQuery query) {
        return ItemFilter.none().withActivePeriod(query.from(), query.to())
                .withStatuses(EnumSet.complementOf(EnumSet.of(ActionItemStatus.CANCELLED)));
    }
}
