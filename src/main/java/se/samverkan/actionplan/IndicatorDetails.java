package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator with every measurement, oldest first, and what the signed-in user may do with it. */
public record IndicatorDetails(long id, long agreementId, String agreementTitle, Long areaId, String areaTitle,
        Long actionItemId, String actionItemTitle, String name, String description, String unit,
        IndicatorDirection direction, IndicatorSplit split, BigDecimal baselineValue, LocalDate baselineDate,
        BigDecimal targetValue, LocalDate targetDate, int version, List<Measurement> measurements, boolean editable) {

    public record Measurement(long id, LocalDate measuredOn, IndicatorSplit.Series series, BigDecimal value,
            String comment, String recordedBy) {
    }
}
