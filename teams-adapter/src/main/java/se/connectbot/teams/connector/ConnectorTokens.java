package se.connectbot.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;

/**
 * The bot's bearer token for the Bot Connector: OAuth 2.0 client credentials (our app id and
 * password, scope {@value #SCOPE}) from a configurable token endpoint, kept until
 * {@link #RENEW_BEFORE} before it expires. Replaces the SDK's MSAL client, which refuses any
 * authority but https (so tests could not point it at a local endpoint) and brings an old
 * nimbus-jose-jwt. Never logs the secret or the token. Thread-safe.
 */
public final class ConnectorTokens {

    static final String SCOPE = "https://api.botframework.com/.default";
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private record Token(String value, Instant expiresAt) {
    }

    private final RestClient http;
    private final URI tokenUrl;
    private final String appId;
    private final String password;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile @Nullable Token token;

    public ConnectorTokens(RestClient http, URI tokenUrl, String appId, String password, ObjectMapper json, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.appId = appId;
        this.password = password;
        this.json = json;
        this.clock = clock;
    }

    /** A token valid for at least a few more minutes. */
    public String current() {
        Token known = token;
        if (known != null && known.expiresAt().minus(RENEW_BEFORE).isAfter(clock.instant())) {
            return known.value();
        }
        return fetch();
    }

    /** Forgets the token (the connector refused it). */
    void forget() {
        token = null;
    }

    private synchronized String fetch() {
        Token known = token;
        Instant now = clock.instant();
        if (known != null && known.expiresAt().minus(RENEW_BEFORE).isAfter(now)) {
            return known.value();
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", appId);
        form.add("client_secret", password);
        form.add("scope", SCOPE);
        try {
            byte[] body = http.post().uri(tokenUrl).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(byte[].class);
            JsonNode answer = json.readTree(body);
            String value = answer.path("access_token").asText("");
            long seconds = answer.path("expires_in").asLong(0);
            if (value.isBlank() || seconds <= 0) {
                throw new OutboundException(OutboundError.NO_ACCESS, "the token endpoint " + tokenUrl + " answered without a token");
            }
            token = new Token(value, now.plusSeconds(seconds));
            return value;
        } catch (RestClientException | IOException e) {
            // the exception's text may quote the request; it holds the form, so only its type is logged
            throw new OutboundException(OutboundError.TRANSIENT, "no connector token from " + tokenUrl + ": " + e.getClass().getSimpleName());
        }
    }
}
