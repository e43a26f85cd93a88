package se.samverkan.consultation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** A consultation round as its form edits it; the service checks the same constraints and the cross-field rules. */
public class RoundDraft {

    public static final int TITLE_MAX = 250;
    public static final int SENT_BY_MAX = 200;
    public static final int DIARY_MAX = 60;
    public static final int TEXT_MAX = 4000;

    @NotNull
    private Long agreementId;
    @NotNull
    private RoundSubject subject = RoundSubject.DRAFT;
    @NotBlank
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    @NotBlank
    @Size(max = SENT_BY_MAX)
    @FreeText
    private String sentBy;
    @Size(max = DIARY_MAX)
    @FreeText
    private String diaryNumber;
    @NotNull
    private LocalDate sentOn;
    @NotNull
    private LocalDate dueOn;
    @NotNull
    private RoundStatus status = RoundStatus.OPEN;
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String description;
    private Set<Long> bodyIds = new LinkedHashSet<>();
    private int version;

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public RoundSubject getSubject() {
        return subject;
    }

    public void setSubject(RoundSubject subject) {
        this.subject = subject;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSentBy() {
        return sentBy;
    }

    public void setSentBy(String sentBy) {
        this.sentBy = sentBy;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public void setStatus(RoundStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Long> getBodyIds() {
        return bodyIds;
    }

    public void setBodyIds(Set<Long> bodyIds) {
        this.bodyIds = bodyIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(bodyIds);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
