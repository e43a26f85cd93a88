package se.samverkan.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * An organisation as its form edits it. The form binds these properties (Bean Validation shows the constraints at the
 * fields); the service checks them again, plus the rules that span rows: a unique name, a parent of the same agency
 * and no cycle in the hierarchy.
 */
public class OrganisationDraft {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 60;

    @NotBlank
    @Size(max = NAME_MAX)
    @FreeText
    private String name;
    @Size(max = SHORT_NAME_MAX)
    @FreeText
    private String shortName;
    @NotNull
    private OrganisationKind kind;
    @NotNull
    private Agency agency;
    private Long parentId;
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
