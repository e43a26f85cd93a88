package se.samverkan.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** A target group as its form edits it: its names in Swedish and English, and whether it can be chosen. */
public class TargetGroupDraft {

    public static final int NAME_MAX = 120;

    @NotBlank
    @Size(max = NAME_MAX)
    @FreeText
    private String nameSv;
    @NotBlank
    @Size(max = NAME_MAX)
    @FreeText
    private String nameEn;
    /** Inactive groups stay on the items that have them but cannot be chosen anew. */
    private boolean active = true;
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
