package se.samverkan.consultation;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * A remark as its dialog edits it: the point made, its tags, and its handling with the reason and what takes it up
 * (the agreement itself, areas, action items).
 */
public class RemarkDraft {

    public static final int TEXT_MAX = 4000;

    @NotBlank
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String text;
    private Set<Long> tagIds = new LinkedHashSet<>();
    @NotNull
    private Handling handling = Handling.PENDING;
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String handlingComment;
    private Set<Long> agreementIds = new LinkedHashSet<>();
    private Set<Long> areaIds = new LinkedHashSet<>();
    private Set<Long> actionItemIds = new LinkedHashSet<>();
    private int version;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Set<Long> getTagIds() {
        return tagIds;
    }

    public void setTagIds(Set<Long> tagIds) {
        this.tagIds = copy(tagIds);
    }

    public Handling getHandling() {
        return handling;
    }

    public void setHandling(Handling handling) {
        this.handling = handling;
    }

    public String getHandlingComment() {
        return handlingComment;
    }

    public void setHandlingComment(String handlingComment) {
        this.handlingComment = handlingComment;
    }

    public Set<Long> getAgreementIds() {
        return agreementIds;
    }

    public void setAgreementIds(Set<Long> agreementIds) {
        this.agreementIds = copy(agreementIds);
    }

    public Set<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(Set<Long> areaIds) {
        this.areaIds = copy(areaIds);
    }

    public Set<Long> getActionItemIds() {
        return actionItemIds;
    }

    public void setActionItemIds(Set<Long> actionItemIds) {
        this.actionItemIds = copy(actionItemIds);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean hasLinks() {
        return !agreementIds.isEmpty() || !areaIds.isEmpty() || !actionItemIds.isEmpty();
    }

    private static Set<Long> copy(Set<Long> ids) {
        return ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }
}
