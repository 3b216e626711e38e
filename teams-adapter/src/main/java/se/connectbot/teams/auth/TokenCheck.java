package se.connectbot.teams.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

/**
 * Checks the bearer token of a request to {@code /api/messages} the way the Bot Framework
 * prescribes for channel-to-bot calls: an RS256 JWT signed by a key of the OpenID metadata's
 * JWKS, that key endorsed for {@code msteams}, issuer {@value #ISSUER}, audience our app id,
 * within its validity (five minutes of clock skew either side), and its {@code serviceurl} claim
 * the very service URL the activity names (else a valid token could send our replies, with our
 * connector token, anywhere). Replaces the SDK's {@code JwtTokenValidation}, whose metadata URL
 * and key cache are JVM-wide statics and whose nimbus version clashes with Spring Security's.
 * Thread-safe.
 */
public final class TokenCheck {

    public static final String ISSUER = "https://api.botframework.com";
    public static final String ENDORSEMENT = "msteams";
    static final Duration SKEW = Duration.ofMinutes(5);

    private final OpenIdKeys keys;
    private final String appId;
    private final Clock clock;

    TokenCheck(OpenIdKeys keys, String appId, Clock clock) {
        this.keys = keys;
        this.appId = appId;
        this.clock = clock;
    }

    /** Reads the keys through {@code http} from the OpenID metadata at {@code metadataUrl}. */
    public static TokenCheck of(RestClient http, URI metadataUrl, ObjectMapper json, String appId, Clock clock) {
        return new TokenCheck(new OpenIdKeys(http, metadataUrl, json, clock), appId, clock);
    }

    /** Why a request was refused; never shown to the caller, only logged. */
    public enum Refusal {
        NO_TOKEN, MALFORMED, WRONG_ALGORITHM, UNKNOWN_KEY, NOT_ENDORSED, BAD_SIGNATURE, WRONG_ISSUER, WRONG_AUDIENCE,
        EXPIRED, NOT_YET_VALID, WRONG_SERVICE_URL, WRONG_CHANNEL
    }

    /**
     * @param authorization the request's {@code Authorization} header, if any
     * @param serviceUrl    the activity's {@code serviceUrl}
     * @param channelId     the activity's {@code channelId}: only Teams' own, since the keys are endorsed for other
     *                      channels too (Web Chat, Direct Line), whose clients write {@code from} and {@code channelData} themselves
     * @return empty when the token is good; else why not
     */
    public Optional<Refusal> check(@Nullable String authorization, @Nullable String serviceUrl, @Nullable String channelId) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
            return Optional.of(Refusal.NO_TOKEN);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.of(Refusal.MALFORMED);
        }
        return signature(jwt).or(() -> claims(claims, serviceUrl))
                .or(() -> ENDORSEMENT.equals(channelId) ? Optional.empty() : Optional.of(Refusal.WRONG_CHANNEL));
    }

    private Optional<Refusal> signature(SignedJWT jwt) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Optional.of(Refusal.WRONG_ALGORITHM);
        }
        String keyId = jwt.getHeader().getKeyID();
        Optional<OpenIdKeys.Key> key = keyId == null ? Optional.empty() : keys.find(keyId);
        if (key.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_KEY);
        }
        if (!key.get().endorsements().contains(ENDORSEMENT)) {
            return Optional.of(Refusal.NOT_ENDORSED);
        }
        try {
            return jwt.verify(new RSASSAVerifier(key.get().publicKey())) ? Optional.empty() : Optional.of(Refusal.BAD_SIGNATURE);
        } catch (JOSEException e) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
    }

    private Optional<Refusal> claims(JWTClaimsSet claims, @Nullable String serviceUrl) {
        if (!ISSUER.equals(claims.getIssuer())) {
            return Optional.of(Refusal.WRONG_ISSUER);
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(appId)) {
            return Optional.of(Refusal.WRONG_AUDIENCE);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.toInstant().plus(SKEW).isBefore(now)) {
            return Optional.of(Refusal.EXPIRED);
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(SKEW).isAfter(now)) {
            return Optional.of(Refusal.NOT_YET_VALID);
        }
        Object claimed = claims.getClaim("serviceurl");
        if (serviceUrl == null || !(claimed instanceof String url) || !sameServiceUrl(url, serviceUrl)) {
            return Optional.of(Refusal.WRONG_SERVICE_URL);
        }
        return Optional.empty();
    }

    /** The same URL, a trailing slash aside (Teams writes it with one; the claim sometimes without). */
    static boolean sameServiceUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
