package se.samverkan.organisation;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's username and password, checked by {@link SignInService} with its throttling. The resulting
 * authentication holds the {@link se.samverkan.base.security.SignedInUser} and no credentials at all.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;

    PasswordAuthenticationProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Object credentials = authentication.getCredentials();
        SignInResult result = signIn.signIn(authentication.getName(), credentials == null ? null : credentials.toString(),
                address);
        return switch (result) {
            case SignInResult.SignedIn signedIn -> {
                var token = UsernamePasswordAuthenticationToken.authenticated(signedIn.user(), null,
                        signedIn.user().getAuthorities());
                token.setDetails(authentication.getDetails());
                yield token;
            }
            case SignInResult.Blocked b -> throw new LockedException("too many failed sign-ins");
            case SignInResult.Refused r -> throw new BadCredentialsException("wrong username or password");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
