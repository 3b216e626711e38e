package se.connectbot.sandbox.auth;

import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the portal user's {@code name} and {@code email} to ID tokens (and so to the OIDC user
 * info), so a client can greet the user without another call. Access tokens stay lean: their
 * {@code sub} (the username) is all the API needs. Thread-safe.
 */
final class IdTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final JdbcOperations jdbc;

    IdTokenClaims(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        String username = context.getPrincipal().getName();
        List<String> names = jdbc.queryForList("select name from portal_user where username = ?", String.class, username);
        context.getClaims().claim(StandardClaimNames.EMAIL, username);
        names.stream().findFirst().ifPresent(name -> context.getClaims().claim(StandardClaimNames.NAME, name));
    }
}
