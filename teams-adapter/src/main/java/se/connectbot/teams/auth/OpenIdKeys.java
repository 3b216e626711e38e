package se.connectbot.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The Bot Framework's signing keys, from its OpenID metadata ({@code jwks_uri}) and the JWKS it
 * names, each with its {@code endorsements} (the channels it may sign for), which nimbus's
 * {@code JWK} does not keep: so the JWKS is read as JSON here. Kept for a day; an unknown key id
 * fetches again (Microsoft rolls keys); any fetch, also while there are no keys yet, at most once
 * a minute, so forged key ids cannot make us hammer the metadata endpoint nor queue requests behind
 * its fetches. Thread-safe.
 */
final class OpenIdKeys {

    private static final Logger log = LoggerFactory.getLogger(OpenIdKeys.class);
    static final Duration KEEP = Duration.ofHours(24);
    static final Duration REFETCH_UNKNOWN_AFTER = Duration.ofMinutes(1);

    /** A signing key and the channels it is endorsed for. */
    record Key(RSAPublicKey publicKey, Set<String> endorsements) {
    }

    private record Snapshot(Map<String, Key> keys, Instant fetchedAt) {
    }

    private final RestClient http;
    private final URI metadataUrl;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;
    private volatile Instant lastAttempt = Instant.EPOCH;

    OpenIdKeys(RestClient http, URI metadataUrl, ObjectMapper json, Clock clock) {
        this.http = http;
        this.metadataUrl = metadataUrl;
        this.json = json;
        this.clock = clock;
    }

    /** The key with this id, fetching the keys again when they are old or the id unknown. */
    Optional<Key> find(String keyId) {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        boolean wanted = known == null || known.fetchedAt().plus(KEEP).isBefore(now) || !known.keys().containsKey(keyId);
        // also with no keys at all (the metadata unreachable): at most one fetch a minute, whatever the requests
        if (wanted && lastAttempt.plus(REFETCH_UNKNOWN_AFTER).isBefore(now)) {
            known = refresh(now);
        }
        return known == null ? Optional.empty() : Optional.ofNullable(known.keys().get(keyId));
    }

    private synchronized @Nullable Snapshot refresh(Instant now) {
        Snapshot known = snapshot;
        if (!lastAttempt.plus(REFETCH_UNKNOWN_AFTER).isBefore(now)) {
            return known; // another thread fetched, or tried to, while this one waited
        }
        lastAttempt = now;
        try {
            JsonNode metadata = json.readTree(http.get().uri(metadataUrl).retrieve().body(byte[].class));
            String jwksUri = metadata.path("jwks_uri").asText("");
            if (jwksUri.isBlank()) {
                log.warn("The OpenID metadata at {} names no jwks_uri", metadataUrl);
                return known;
            }
            Snapshot fresh = new Snapshot(keys(json.readTree(http.get().uri(URI.create(jwksUri)).retrieve().body(byte[].class))), now);
            snapshot = fresh;
            return fresh;
        } catch (RestClientException | java.io.IOException | IllegalArgumentException e) {
            log.warn("Could not read the Bot Framework's signing keys from {}: {}", metadataUrl, e.toString());
            return known;
        }
    }

    private static Map<String, Key> keys(JsonNode jwks) {
        Map<String, Key> keys = new HashMap<>();
        for (JsonNode node : jwks.path("keys")) {
            try {
                JWK jwk = JWK.parse(node.toString());
                if (jwk instanceof RSAKey rsa && rsa.getKeyID() != null) {
                    Set<String> endorsements = new HashSet<>();
                    node.path("endorsements").forEach(e -> endorsements.add(e.asText()));
                    keys.put(rsa.getKeyID(), new Key(rsa.toRSAPublicKey(), Set.copyOf(endorsements)));
                }
            } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
                log.warn("Skipping a signing key that does not parse: {}", e.getMessage());
            }
        }
        return Map.copyOf(keys);
    }
}
