package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator in a list: its latest total (or latest value of any series) against its target. */
public record IndicatorSummary(long id, String name, String unit, IndicatorDirection direction, IndicatorSplit split,
        BigDecimal baselineValue, BigDecimal targetValue, LocalDate targetDate, BigDecimal latestValue,
        LocalDate latestOn) {
}
