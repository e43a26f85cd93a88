package se.samverkan.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * A follow-up as its form edits it. On creation, {@code recurrence} with {@code repeatUntil} (periodic) or
 * {@code dates} (chosen dates) makes a series; each occurrence is a follow-up of its own.
 */
public class FollowUpDraft {

    public static final int TITLE_MAX = 250;
    public static final int PLACE_MAX = 250;
    public static final int URL_MAX = 500;
    public static final int NOTES_MAX = 4000;

    @NotNull
    private Long agreementId;
    @NotBlank
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    @NotNull
    private FollowUpKind kind = FollowUpKind.CHECK_IN;
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime startTime = LocalTime.of(9, 0);
    @NotNull
    @Min(15)
    @Max(720)
    private Integer durationMinutes = 90;
    @Size(max = PLACE_MAX)
    @FreeText
    private String place;
    @Size(max = URL_MAX)
    @FreeText
    private String meetingUrl;
    @NotNull
    private LocalDate reportDeadline;
    @Size(max = NOTES_MAX)
    @FreeText(multiline = true)
    private String notes;
    private Set<Long> areaIds = new LinkedHashSet<>();
    private Set<Long> organisationIds = new LinkedHashSet<>();
    private Set<Long> personIds = new LinkedHashSet<>();
    @NotNull
    private Recurrence recurrence = Recurrence.NONE;
    private LocalDate repeatUntil;
    private List<LocalDate> dates = new ArrayList<>();
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public void setKind(FollowUpKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public void setMeetingUrl(String meetingUrl) {
        this.meetingUrl = meetingUrl;
    }

    public LocalDate getReportDeadline() {
        return reportDeadline;
    }

    public void setReportDeadline(LocalDate reportDeadline) {
        this.reportDeadline = reportDeadline;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(Set<Long> areaIds) {
        this.areaIds = areaIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(areaIds);
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(Set<Long> organisationIds) {
        this.organisationIds = organisationIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(organisationIds);
    }

    public Set<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(Set<Long> personIds) {
        this.personIds = personIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(personIds);
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getRepeatUntil() {
        return repeatUntil;
    }

    public void setRepeatUntil(LocalDate repeatUntil) {
        this.repeatUntil = repeatUntil;
    }

    public List<LocalDate> getDates() {
        return dates;
    }

    public void setDates(List<LocalDate> dates) {
        this.dates = dates == null ? new ArrayList<>() : new ArrayList<>(dates);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
