package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** An indicator as its form edits it. It belongs to an agreement, and optionally to one area or one item in it. */
public class IndicatorDraft {

    @NotNull
    private Long agreementId;
    private Long areaId;
    private Long actionItemId;
    @NotBlank
    @Size(max = 250)
    @FreeText
    private String name;
    @Size(max = ActionItemDraft.TEXT_MAX)
    @FreeText(multiline = true)
    private String description;
    @NotBlank
    @Size(max = 40)
    @FreeText
    private String unit;
    @NotNull
    private IndicatorDirection direction = IndicatorDirection.HIGHER;
    @NotNull
    private IndicatorSplit split = IndicatorSplit.NONE;
    @DecimalMin("-100000000000000")
    @DecimalMax("100000000000000")
    @Digits(integer = 14, fraction = 4)
    private BigDecimal baselineValue;
    private LocalDate baselineDate;
    @DecimalMin("-100000000000000")
    @DecimalMax("100000000000000")
    @Digits(integer = 14, fraction = 4)
    private BigDecimal targetValue;
    private LocalDate targetDate;
    private int version;

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getActionItemId() {
        return actionItemId;
    }

    public void setActionItemId(Long actionItemId) {
        this.actionItemId = actionItemId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public void setDirection(IndicatorDirection direction) {
        this.direction = direction;
    }

    public IndicatorSplit getSplit() {
        return split;
    }

    public void setSplit(IndicatorSplit split) {
        this.split = split;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
