package se.connectbot.sandbox.user;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import se.connectbot.sandbox.web.InsufficientScopeException;
import se.connectbot.sandbox.web.NotSignedInException;

/**
 * Resolves the caller of a request from its bearer token. The security filter chain has already
 * checked the token; this also checks, as a second line, that it carries the needed scope, and
 * that a user token names a known, enabled user. Thread-safe.
 */
@Component
public class CurrentUsers {

    /** The scope of tokens that act as a portal user. */
    public static final String PORTAL_SCOPE = "portal";

    private final PortalUserRepository users;

    CurrentUsers(PortalUserRepository users) {
        this.users = users;
    }

    /**
     * @throws NotSignedInException        without a bearer token, or when it names no enabled user
     * @throws InsufficientScopeException  when the token lacks the {@code portal} scope
     */
    public PortalUser user(@Nullable Authentication authentication) {
        JwtAuthenticationToken token = bearer(authentication);
        if (!scopes(token).contains(PORTAL_SCOPE)) {
            throw new InsufficientScopeException(PORTAL_SCOPE);
        }
        String subject = token.getToken().getSubject();
        if (subject == null || subject.isBlank()) {
            throw new NotSignedInException("The token names no user");
        }
        return users.findEnabled(subject.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotSignedInException("The token names no enabled portal user"));
    }

    /**
     * Checks that the caller holds one of {@code acceptedScopes}; a user token (scope
     * {@code portal}) must also name an enabled user.
     */
    public void requireAnyScope(@Nullable Authentication authentication, String... acceptedScopes) {
        JwtAuthenticationToken token = bearer(authentication);
        Set<String> granted = scopes(token);
        for (String scope : acceptedScopes) {
            if (granted.contains(scope)) {
                if (scope.equals(PORTAL_SCOPE)) {
                    user(token);
                }
                return;
            }
        }
        throw new InsufficientScopeException(String.join("' or '", acceptedScopes));
    }

    /**
     * The client id of a client-credentials token that holds {@code scope}.
     *
     * @throws InsufficientScopeException when the token lacks {@code scope}
     */
    public String client(@Nullable Authentication authentication, String scope) {
        JwtAuthenticationToken token = bearer(authentication);
        if (!scopes(token).contains(scope)) {
            throw new InsufficientScopeException(scope);
        }
        String subject = token.getToken().getSubject();
        if (subject == null || subject.isBlank()) {
            throw new NotSignedInException("The token names no client");
        }
        return subject;
    }

    private static JwtAuthenticationToken bearer(@Nullable Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return token;
        }
        throw new NotSignedInException("A bearer token is required");
    }

    private static Set<String> scopes(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("SCOPE_"))
                .map(authority -> authority.substring("SCOPE_".length()))
                .collect(Collectors.toSet());
    }
}
