package se.samverkan.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * A decision as its form records it; with {@code createItem}, it also becomes a new action item in the chosen area
 * (the decision is the item's description), linked back to the decision.
 */
public class DecisionDraft {

    public static final int TEXT_MAX = 2000;

    @NotBlank
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String text;
    private boolean createItem;
    private Long areaId;
    @Size(max = 250)
    @FreeText
    private String itemTitle;
    private Long responsiblePersonId;
    private LocalDate dueDate;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCreateItem() {
        return createItem;
    }

    public void setCreateItem(boolean createItem) {
        this.createItem = createItem;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getResponsiblePersonId() {
        return responsiblePersonId;
    }

    public void setResponsiblePersonId(Long responsiblePersonId) {
        this.responsiblePersonId = responsiblePersonId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
