package se.samverkan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.Funding;
import se.samverkan.actionplan.IndicatorDirection;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.organisation.Agency;

/**
 * Everything one dashboard shows, counted by the database: no list of items is held here, only sums, the ten most
 * pressing items of two short lists, and the points of a few trends. {@code filter} selects the items every figure
 * counts; each chart links to the item list with it, narrowed by what was clicked.
 */
public record Dashboard(DashboardQuery query, String agreementTitle, AgreementKind agreementKind, LocalDate today,
        ItemFilter filter, Totals totals, List<AreaCounts> areas, AreaCounts otherAreas, List<ItemLine> overdue,
        Stale stale, List<MonthPoint> months, Indicators indicators, List<ResourceSum> resources,
        List<OwnerCounts> organisations, List<OwnerCounts> agencies, Coverage coverage, List<Upcoming> upcoming) {

    public Dashboard {
        upcoming = List.copyOf(upcoming);
        areas = List.copyOf(areas);
        overdue = List.copyOf(overdue);
        months = List.copyOf(months);
        resources = List.copyOf(resources);
        organisations = List.copyOf(organisations);
        agencies = List.copyOf(agencies);
    }

    /** A follow-up still to come: when, what, of which agreement, and when reports are due for it. */
    public record Upcoming(long id, LocalDate on, String title, String agreementTitle, LocalDate reportBy) {
    }

    /** Items of the dashboard: all, open, completed, cancelled, overdue, and open without a report since. */
    public record Totals(int items, int open, int completed, int cancelled, int overdue, int stale) {

        /** Items that count towards completion: all but the cancelled. */
        public int countable() {
            return items - cancelled;
        }
    }

    /**
     * One area's items by status and by traffic light, and how many are overdue. {@code areaId} is null for the
     * "other areas" row of the whole city.
     */
    public record AreaCounts(Long areaId, String label, int total, int[] byStatus, int[] byLight, int overdue) {

        public int status(ActionItemStatus status) {
            return byStatus[status.ordinal()];
        }

        public int light(TrafficLight light) {
            return byLight[light.ordinal()];
        }
    }

    /** An item in a short list: what, who leads it, its due date, its light and its latest report. */
    public record ItemLine(long id, String title, String lead, LocalDate dueDate, TrafficLight light,
            LocalDate lastReport) {
    }

    /** Open items without a report since {@code since}: the last follow-up held, or the period's start. */
    public record Stale(LocalDate since, boolean sinceFollowUp, String followUpTitle, List<ItemLine> first) {

        public Stale {
            first = List.copyOf(first);
        }
    }

    /** One month: progress reports written, items completed by its end (all time), and their share of the items. */
    public record MonthPoint(YearMonth month, int reports, int completedByEnd, double shareCompleted) {
    }

    /** The first indicators of the dashboard (of {@code total}) with their measurements in the period. */
    public record Indicators(int total, List<Trend> shown) {

        public Indicators {
            shown = List.copyOf(shown);
        }
    }

    /** An indicator against its target: its measurements in the period, per series. */
    public record Trend(long id, String name, String unit, IndicatorDirection direction, IndicatorSplit split,
            BigDecimal baselineValue, BigDecimal targetValue, LocalDate targetDate, long agreementId, Long areaId,
            Long actionItemId, String owner, List<Point> points) {

        public Trend {
            points = List.copyOf(points);
        }

        public record Point(LocalDate measuredOn, IndicatorSplit.Series series, BigDecimal value) {
        }
    }

    /** Resources of one agency from one kind of funding, summed over the items. */
    public record ResourceSum(Agency agency, Funding funding, BigDecimal amountSek, BigDecimal hours, BigDecimal fte,
            int items) {
    }

    /** Items an organisation (or an agency's organisations) leads, co-owns, and how many of those are late. */
    public record OwnerCounts(Long organisationId, String name, Agency agency, int led, int coOwned, int late) {
    }

    /**
     * Where local agreements have items, by district board (rows) and the city-wide agreement's areas (columns):
     * {@code items[row][column]}. A district board with no local agreement has {@code localAgreements} 0.
     */
    public record Coverage(List<CityArea> columns, List<District> rows, int[][] items) {

        public Coverage {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public record CityArea(long id, int position, String title) {
        }

        public record District(long id, String name, String shortName, int localAgreements) {
        }
    }
}
