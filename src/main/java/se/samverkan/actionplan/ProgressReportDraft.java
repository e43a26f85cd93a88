package se.samverkan.actionplan;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** A progress report as its form edits it: the date, what happened, and where the item now stands. */
public class ProgressReportDraft {

    @NotNull
    private LocalDate reportedOn;
    @NotBlank
    @Size(max = ActionItemDraft.TEXT_MAX)
    @FreeText(multiline = true)
    private String summary;
    @NotNull
    private ActionItemStatus status;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer progress;
    @NotNull
    private TrafficLight trafficLight;
    /** The version of the item the report was written against. */
    private int itemVersion;

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public void setStatus(ActionItemStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public TrafficLight getTrafficLight() {
        return trafficLight;
    }

    public void setTrafficLight(TrafficLight trafficLight) {
        this.trafficLight = trafficLight;
    }

    public int getItemVersion() {
        return itemVersion;
    }

    public void setItemVersion(int itemVersion) {
        this.itemVersion = itemVersion;
    }
}
