package se.connectbot.portal.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClientResponseException;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** {@link PortalOAuth} over the token and revocation endpoints. */
final class HttpPortalOAuth implements PortalOAuth {

    /** Assumed when a token answer has no {@code expires_in} (RFC 6749 makes it optional). */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final OAuthHttp http;
    private final PortalClientConfig config;
    private final Failures failures;
    private final JsonMapper json;
    private final String clientAuthorization;

    HttpPortalOAuth(OAuthHttp http, PortalClientConfig config, Failures failures, JsonMapper json) {
        this.http = http;
        this.config = config;
        this.failures = failures;
        this.json = json;
        this.clientAuthorization = basic(config.clientId(), config.clientSecret());
    }

    /** The portal's OpenID Connect end-session endpoint ({@code <base-url>/connect/logout}, as its discovery document says). */
    @Override
    public Optional<URI> endSessionUrl(String idTokenHint, URI postLogoutRedirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id_token_hint", idTokenHint);
        query.put("client_id", config.clientId());
        query.put("post_logout_redirect_uri", postLogoutRedirectUri.toString());
        return Optional.of(URI.create(config.endSessionUrl() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))));
    }

    @Override
    public URI authorizeUrl(String state, String codeChallenge, URI redirectUri, Collection<String> scopes) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", String.join(" ", scopes));
        query.put("state", state);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        String base = config.effectiveAuthorizationUrl().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    @Override
    public TokenSet exchangeCode(String code, String codeVerifier, URI redirectUri) {
        return token("exchangeCode", "", form("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri.toString(), "code_verifier", codeVerifier));
    }

    @Override
    public TokenSet refresh(String refreshToken) {
        return token("refresh", "", form("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    @Override
    public void revoke(String token) {
        failures.call("revoke", () -> {
            try {
                http.revoke(config.effectiveRevocationUrl(), clientAuthorization, form("token", token));
                return Boolean.TRUE;
            } catch (RestClientResponseException e) {
                throw refused("revoke", e);
            }
        });
    }

    @Override
    public TokenSet clientCredentials(String scope) {
        return token("clientCredentials", scope, form("grant_type", "client_credentials", "scope", scope));
    }

    private TokenSet token(String operation, String requestedScope, MultiValueMap<String, String> form) {
        TokenResponse answer = failures.call(operation, () -> {
            try {
                return http.token(config.effectiveTokenUrl(), clientAuthorization, form);
            } catch (RestClientResponseException e) {
                throw refused(operation, e);
            }
        });
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new PortalException(PortalError.UNAVAILABLE, operation + ": the token answer has no access_token");
        }
        Duration lifetime = answer.expiresIn() == null ? DEFAULT_LIFETIME : Duration.ofSeconds(answer.expiresIn());
        return new TokenSet(answer.accessToken(), answer.refreshToken(), config.clock().instant().plus(lifetime),
                answer.scope() != null ? answer.scope() : requestedScope, answer.idToken());
    }

    /** An OAuth error answer (RFC 6749 §5.2) as a PortalException; never echoes the request. */
    private PortalException refused(String operation, RestClientResponseException e) {
        int status = e.getStatusCode().value();
        if (status == 429 || status >= 500) {
            return failures.fromStatus(operation, e);
        }
        OAuthError error = oauthError(e.getResponseBodyAsByteArray());
        String code = error.error() == null ? "" : error.error();
        String message = operation + ": " + status + " " + code
                + (error.description() == null ? "" : " (" + error.description() + ")");
        PortalError kind = switch (code) {
            case "invalid_grant" -> PortalError.NOT_SIGNED_IN;
            case "invalid_client", "unauthorized_client", "" -> PortalError.UNAVAILABLE;
            default -> PortalError.INVALID_INPUT;
        };
        return new PortalException(kind, message, null, null, null, e);
    }

    private OAuthError oauthError(byte[] body) {
        try {
            OAuthError error = body.length == 0 ? null : json.readValue(body, OAuthError.class);
            return error == null ? OAuthError.NONE : error;
        } catch (JacksonException notJson) {
            return OAuthError.NONE;
        }
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /** client_secret_basic: both parts form-encoded before base64 (RFC 6749 §2.3.1). */
    static String basic(String clientId, String clientSecret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
