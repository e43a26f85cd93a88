package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** One measured value of an indicator, on a date, for one series (total, women or men). */
public class MeasurementDraft {

    @NotNull
    private LocalDate measuredOn;
    @NotNull
    private IndicatorSplit.Series series = IndicatorSplit.Series.TOTAL;
    @NotNull
    @DecimalMin("-100000000000000")
    @DecimalMax("100000000000000")
    @Digits(integer = 14, fraction = 4)
    private BigDecimal value;
    @Size(max = 500)
    @FreeText
    private String comment;

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public IndicatorSplit.Series getSeries() {
        return series;
    }

    public void setSeries(IndicatorSplit.Series series) {
        this.series = series;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
