package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * An agreement as its form edits it. The form binds these properties (Bean Validation shows the constraints at the
 * fields); the service checks them again, plus the rules across fields and rows ({@link AgreementChecks}).
 */
public class AgreementDraft {

    public static final int TITLE_MAX = 250;
    public static final int DIARY_NUMBER_MAX = 60;
    public static final int SUMMARY_MAX = 4000;
    public static final int ADOPTED_BY_MAX = 200;

    @NotNull
    private AgreementKind kind;
    @NotBlank
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    @Size(max = DIARY_NUMBER_MAX)
    @FreeText
    private String diaryNumber;
    /** None for a city-wide agreement; required for a local agreement and a citizen promise. */
    private Long parentId;
    @Size(max = SUMMARY_MAX)
    @FreeText(multiline = true)
    private String summary;
    @NotNull
    private LocalDate periodStart;
    private LocalDate periodEnd;
    @NotNull
    private AgreementStatus status = AgreementStatus.DRAFT;
    /** Required once adopted (or expired), with the body that adopted it. */
    private LocalDate adoptedOn;
    @Size(max = ADOPTED_BY_MAX)
    @FreeText
    private String adoptedBy;
    private Set<Long> partyIds = new LinkedHashSet<>();
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public void setAdoptedBy(String adoptedBy) {
        this.adoptedBy = adoptedBy;
    }

    public Set<Long> getPartyIds() {
        return partyIds;
    }

    public void setPartyIds(Set<Long> partyIds) {
        this.partyIds = partyIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(partyIds);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
