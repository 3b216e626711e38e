package se.connectbot.teams.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Microsoft's side at the wire, in WireMock: the Bot Framework's OpenID metadata and JWKS (a test
 * RSA key endorsed for {@code msteams}, and one endorsed only for another channel), the token
 * endpoint of the client-credentials grant, the Bot Connector at the service URL
 * ({@code /teams/v3/...}), and a OneDrive upload URL. Signs the tokens Teams would send.
 */
public final class FakeMicrosoft {

    public static final String APP_ID = "00000000-aaaa-bbbb-cccc-000000000001";
    public static final String BOT_ID = "28:" + APP_ID;
    public static final String TENANT = "tenant-nordkust";
    public static final String CONNECTOR_TOKEN = "connector-token-from-fake-entra";
    public static final String KEY_ID = "teams-test-key";
    public static final String OTHER_CHANNEL_KEY_ID = "skype-only-key";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final FakeMicrosoft INSTANCE = new FakeMicrosoft();

    private final WireMockServer server;
    private final RSAKey key;
    private final RSAKey otherChannelKey;
    private final RSAKey unpublished;

    private FakeMicrosoft() {
        try {
            key = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
            otherChannelKey = new RSAKeyGenerator(2048).keyID(OTHER_CHANNEL_KEY_ID).generate();
            unpublished = new RSAKeyGenerator(2048).keyID("never-published").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server = new WireMockServer(options().dynamicPort().containerThreads(60));
        server.start();
        reset();
    }

    public static FakeMicrosoft instance() {
        return INSTANCE;
    }

    public WireMockServer server() {
        return server;
    }

    public String base() {
        return "http://localhost:" + server.port();
    }

    public String openIdMetadataUrl() {
        return base() + "/botframework/openid";
    }

    public String tokenUrl() {
        return base() + "/entra/token";
    }

    /** Where Teams says the conversation lives; the connector's calls land here. */
    public String serviceUrl() {
        return base() + "/teams/";
    }

    public String uploadUrl(String name) {
        return base() + "/onedrive/upload/" + name;
    }

    public void reset() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/botframework/openid")).willReturn(okJson("""
                {"issuer":"https://api.botframework.com","jwks_uri":"%s/botframework/keys","id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(base()))));
        server.stubFor(get(urlPathEqualTo("/botframework/keys")).willReturn(okJson(jwks())));
        server.stubFor(post(urlPathEqualTo("/entra/token")).willReturn(okJson("""
                {"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"%s"}""".formatted(CONNECTOR_TOKEN))));
        server.stubFor(any(urlPathMatching("/teams/v3/conversations/.+")).atPriority(5)
                .willReturn(okJson("{\"id\":\"bot-message-1\"}")));
        server.stubFor(post(urlPathEqualTo("/teams/v3/conversations")).atPriority(5)
                .willReturn(okJson("{\"id\":\"a:personal-chat-with-user\",\"serviceUrl\":\"" + serviceUrl() + "\"}")));
        server.stubFor(put(urlPathMatching("/onedrive/upload/.+")).willReturn(aResponse().withStatus(201)));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    private String jwks() {
        Map<String, Object> teams = new java.util.HashMap<>(key.toPublicJWK().toJSONObject());
        teams.put("endorsements", List.of("msteams", "webchat"));
        Map<String, Object> other = new java.util.HashMap<>(otherChannelKey.toPublicJWK().toJSONObject());
        other.put("endorsements", List.of("skype"));
        try {
            return JSON.writeValueAsString(Map.of("keys", List.of(teams, other)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token as the Bot Framework signs it for a call to our bot about {@code serviceUrl}. */
    public String token(String serviceUrl) {
        return token(serviceUrl, b -> b);
    }

    /** A token with its claims changed by {@code change}. */
    public String token(String serviceUrl, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(key, change.apply(claims(serviceUrl)).build());
    }

    /** Signed by a key that Microsoft publishes but endorses for another channel. */
    public String tokenFromOtherChannelKey(String serviceUrl) {
        return sign(otherChannelKey, claims(serviceUrl).build());
    }

    /** Signed by a key of nobody's, under the id of the real one. */
    public String tokenSignedByStranger(String serviceUrl) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(),
                    claims(serviceUrl).build());
            jwt.sign(new RSASSASigner(unpublished));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by a key whose id Microsoft never published. */
    public String tokenWithUnknownKey(String serviceUrl) {
        return sign(unpublished, claims(serviceUrl).build());
    }

    private static JWTClaimsSet.Builder claims(String serviceUrl) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://api.botframework.com")
                .audience(APP_ID)
                .issueTime(Date.from(now.minusSeconds(10)))
                .notBeforeTime(Date.from(now.minusSeconds(10)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(60))))
                .claim("serviceurl", serviceUrl);
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The requests the connector received at paths matching {@code regex} (relative to the service URL's {@code v3/}). */
    public List<LoggedRequest> connectorCalls(String method, String regex) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching("/teams/v3/" + regex)))
                .stream().filter(r -> r.getMethod().getName().equals(method)).toList();
    }

    /** Messages (not typing indicators) the bot posted, as JSON, in order. */
    public List<JsonNode> postedMessages() {
        return connectorCalls("POST", "conversations/.+/activities.*").stream().map(r -> json(r.getBodyAsString()))
                .filter(a -> "message".equals(a.path("type").asText())).toList();
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
