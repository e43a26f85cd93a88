package se.samverkan.organisation;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.samverkan.base.security.Role;

/**
 * What Samverkan does with the people an OpenID Connect provider signs in ({@code samverkan.sso.providers.<id>.*}, the
 * id of the provider's {@code spring.security.oauth2.client.registration}). By default a person is let in only when
 * an existing person in Samverkan has the same, verified e-mail address, and keeps the roles given in Samverkan.
 */
@ConfigurationProperties("samverkan.sso")
public record SingleSignOnProperties(Map<String, Provider> providers) {

    public SingleSignOnProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /**
     * @param createUnknown      create a person unknown to Samverkan, in {@code organisation}, with an account with the
     *                           VIEWER role, instead of refusing them
     * @param organisation       the organisation (by its name) of the people created
     * @param groupsClaim        the claim that lists the person's groups (default {@code groups})
     * @param roleMapping        group → role; when set, the roles follow the groups at every sign-in, and a person in
     *                           none of the groups is refused
     */
    public record Provider(boolean createUnknown, String organisation, String groupsClaim,
            Map<String, Role> roleMapping) {

        public Provider {
            groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }

    Provider provider(String registrationId) {
        return providers.getOrDefault(registrationId, new Provider(false, null, null, null));
    }
}
