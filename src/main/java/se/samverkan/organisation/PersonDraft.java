package se.samverkan.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * A staff member as the administrators' form edits them. Staff only: nothing about victims or suspects belongs here.
 */
public class PersonDraft {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int TITLE_MAX = 120;
    /** Something, an at sign, something with a dot: the database's ck_person_email, stricter than {@code @Email}. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @NotBlank
    @Size(max = NAME_MAX)
    @FreeText
    private String displayName;
    @NotBlank
    @Size(max = EMAIL_MAX)
    @Email(regexp = EMAIL_PATTERN)
    @FreeText
    private String email;
    @Size(max = TITLE_MAX)
    @FreeText
    private String title;
    @NotNull
    private Long organisationId;
    private boolean active = true;
    /** The version read; saving refuses when someone else saved in between. */
    private int version;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
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
