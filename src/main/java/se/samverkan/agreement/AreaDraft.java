package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/** A prioritized area as its form edits it: a title unique within the agreement and a description. */
public class AreaDraft {

    public static final int TITLE_MAX = 250;
    public static final int DESCRIPTION_MAX = 4000;

    @NotBlank
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    @Size(max = DESCRIPTION_MAX)
    @FreeText(multiline = true)
    private String description;
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
