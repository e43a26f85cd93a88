package se.samverkan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;

/** The read models of an export: one item with every field, one indicator, one progress report. */
final class ExportRows {

    private ExportRows() {
    }

    record Item(long id, int version, String agreement, String diaryNumber, long agreementId, long areaId,
            String area, String plan, String title, String description, String lead, List<String> coOwners,
            String responsible, String deputy, LocalDate startDate, LocalDate dueDate, ActionItemStatus status,
            int progress, TrafficLight trafficLight, String trafficLightComment, boolean overdue,
            List<String> targetGroups, List<Resource> resources, List<Basis> basis, String newWorkJustification,
            boolean publishable, LocalDate lastReport) {
    }

    record Resource(String agency, String funding, BigDecimal hours, BigDecimal fte, BigDecimal amountSek,
            String comment) {
    }

    record Basis(String kind, String text) {
    }

    record Indicator(long id, String agreement, String area, Long itemId, String item, String name, String unit,
            String direction, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
            LocalDate targetDate, BigDecimal latestValue, LocalDate latestDate, int measurements) {
    }

    record Report(long itemId, String item, LocalDate reportedOn, String author, ActionItemStatus status,
            int progress, TrafficLight trafficLight, String summary) {
    }
}
