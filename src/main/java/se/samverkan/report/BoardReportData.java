package se.samverkan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementDetails;

/** What a board report shows, for one agreement and period; {@code asOf} is the day "late" is measured against. */
record BoardReportData(AgreementDetails agreement, LocalDate from, LocalDate to, LocalDate asOf,
        List<AreaSummary> areas, List<ItemLine> late, List<ItemLine> red, List<IndicatorLine> indicators) {

    /** One area's items by status and traffic light (open items), how many are late, reports in the period. */
    record AreaSummary(int position, String title, int items, int planned, int ongoing, int completed,
            int postponed, int cancelled, int green, int amber, int red, int late, int reportsInPeriod) {
    }

    record ItemLine(long id, String title, String area, String lead, String responsible, LocalDate dueDate,
            ActionItemStatus status, int progress, TrafficLight trafficLight, String comment) {
    }

    record IndicatorLine(String name, String owner, String unit, String direction, BigDecimal baseline,
            BigDecimal target, LocalDate targetDate, BigDecimal latest, LocalDate latestDate) {

        /** Whether the latest value has reached the target in the indicator's direction; null when unknown. */
        Boolean reached() {
            if (latest == null || target == null) {
                return null;
            }
            int c = latest.compareTo(target);
            return "LOWER".equals(direction) ? c <= 0 : c >= 0;
        }
    }
}
