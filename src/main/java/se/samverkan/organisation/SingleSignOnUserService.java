package se.samverkan.organisation;

import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInPrincipal;
import se.samverkan.base.security.SignedInUser;

/**
 * Loads the person an OpenID Connect provider signed in as Spring Security does, then asks
 * {@link SingleSignOnService} which account they are; a refusal becomes an authentication error whose code is the
 * reason ({@code samverkan.unknown}, …), which the sign-in page explains.
 */
@Component
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "samverkan.";

    private final OidcUserService delegate = new OidcUserService();
    private final SingleSignOnService singleSignOn;

    SingleSignOnUserService(SingleSignOnService singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = delegate.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        try {
            SignedInUser user = singleSignOn.signIn(registration, String.valueOf(person.getIssuer()),
                    person.getSubject(), person.getEmail(), Boolean.TRUE.equals(person.getEmailVerified()),
                    person.getFullName(), person.getClaims() == null ? Map.of() : person.getClaims());
            return new LinkedUser(person, user);
        } catch (SingleSignOnRefusedException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED + e.reason()), e.getMessage());
        }
    }

    /** The provider's person, standing for the Samverkan account it is linked to. */
    static final class LinkedUser extends DefaultOidcUser implements SignedInPrincipal {

        private final transient SignedInUser user;

        LinkedUser(OidcUser person, SignedInUser user) {
            super(user.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.user = user;
        }

        @Override
        public SignedInUser signedInUser() {
            return user;
        }
    }
}
