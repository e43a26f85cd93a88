package se.samverkan.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * An action item as its form edits it: the form binds these properties (Bean Validation shows the constraints at the
 * fields) and the service checks the same constraints again, plus the rules that span fields and tables.
 */
public class ActionItemDraft {

    public static final int TITLE_MAX = 250;
    public static final int TEXT_MAX = 4000;

    @NotNull
    private Long areaId;
    @NotNull
    private Long actionPlanId;
    @NotBlank
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    /** "What this means in practice", in plain language. */
    @NotBlank
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String description;
    @NotNull
    private Long leadOrganisationId;
    private Long responsiblePersonId;
    private Long deputyPersonId;
    private Set<Long> coOwnerIds = new LinkedHashSet<>();
    private LocalDate startDate;
    private LocalDate dueDate;
    @NotNull
    private ActionItemStatus status = ActionItemStatus.PLANNED;
    @NotNull
    @Min(0)
    @Max(100)
    private Integer progress = 0;
    @NotNull
    private TrafficLight trafficLight = TrafficLight.GREEN;
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String trafficLightComment;
    private Set<Long> targetGroupIds = new LinkedHashSet<>();
    @Valid
    @Size(max = 6)
    private List<ResourceLine> resources = new ArrayList<>();
    @Valid
    @Size(max = 20)
    private List<BasisLine> basis = new ArrayList<>();
    @Size(max = TEXT_MAX)
    @FreeText(multiline = true)
    private String newWorkJustification;
    private boolean publishable;
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public void setActionPlanId(Long actionPlanId) {
        this.actionPlanId = actionPlanId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public void setLeadOrganisationId(Long leadOrganisationId) {
        this.leadOrganisationId = leadOrganisationId;
    }

    public Long getResponsiblePersonId() {
        return responsiblePersonId;
    }

    public void setResponsiblePersonId(Long responsiblePersonId) {
        this.responsiblePersonId = responsiblePersonId;
    }

    public Long getDeputyPersonId() {
        return deputyPersonId;
    }

    public void setDeputyPersonId(Long deputyPersonId) {
        this.deputyPersonId = deputyPersonId;
    }

    public Set<Long> getCoOwnerIds() {
        return coOwnerIds;
    }

    public void setCoOwnerIds(Set<Long> coOwnerIds) {
        this.coOwnerIds = coOwnerIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(coOwnerIds);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
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

    public String getTrafficLightComment() {
        return trafficLightComment;
    }

    public void setTrafficLightComment(String trafficLightComment) {
        this.trafficLightComment = trafficLightComment;
    }

    public Set<Long> getTargetGroupIds() {
        return targetGroupIds;
    }

    public void setTargetGroupIds(Set<Long> targetGroupIds) {
        this.targetGroupIds = targetGroupIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(targetGroupIds);
    }

    public List<ResourceLine> getResources() {
        return resources;
    }

    public void setResources(List<ResourceLine> resources) {
        this.resources = resources == null ? new ArrayList<>() : new ArrayList<>(resources);
    }

    public List<BasisLine> getBasis() {
        return basis;
    }

    public void setBasis(List<BasisLine> basis) {
        this.basis = basis == null ? new ArrayList<>() : new ArrayList<>(basis);
    }

    public String getNewWorkJustification() {
        return newWorkJustification;
    }

    public void setNewWorkJustification(String newWorkJustification) {
        this.newWorkJustification = newWorkJustification;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public void setPublishable(boolean publishable) {
        this.publishable = publishable;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
