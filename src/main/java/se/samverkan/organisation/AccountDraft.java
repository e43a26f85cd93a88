package se.samverkan.organisation;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.samverkan.base.security.Role;

/**
 * A new account as the administrators' form fills it in: for which person, under which username, with which roles and
 * language. The form shows these constraints at the fields; {@link AccountService#createAccount(AccountDraft)} checks
 * them again together with the rules that need the database.
 */
public class AccountDraft {

    @NotNull(message = "{account.error.person}")
    private Long personId;
    @NotBlank
    @Pattern(regexp = AccountService.USERNAME_PATTERN, message = "{account.error.username}")
    private String username;
    @NotEmpty(message = "{account.error.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @NotNull
    @Pattern(regexp = "sv|en", message = "{account.error.language}")
    private String language = "sv";

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
