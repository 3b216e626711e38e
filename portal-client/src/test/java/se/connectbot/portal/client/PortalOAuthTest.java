package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.util.UriComponentsBuilder;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.PortalSamples;

class PortalOAuthTest {

    private static final URI CALLBACK = URI.create("http://localhost:8080/oauth/callback");
    private static final String CLIENT_AUTH = HttpPortalOAuth.basic(WireMockPortal.CLIENT_ID, WireMockPortal.CLIENT_SECRET);

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private PortalOAuth oauth;

    @BeforeEach
    void setUp() {
        oauth = PortalClients.oauth(WireMockPortal.config(wm, WireMockPortal.time()));
    }

    @Test
    void buildsTheAuthorizeUrlWithPkce() {
        URI url = oauth.authorizeUrl("st/ate+1", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", CALLBACK, List.of("openid", "portal"));

        assertThat(url.toString()).startsWith(wm.baseUrl() + "/oauth2/authorize?");
        Map<String, List<String>> query = UriComponentsBuilder.fromUri(url).build(true).getQueryParams().toSingleValueMap()
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> List.of(java.net.URLDecoder.decode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(query).containsEntry("response_type", List.of("code"))
                .containsEntry("client_id", List.of("connect-bot"))
                .containsEntry("redirect_uri", List.of(CALLBACK.toString()))
                .containsEntry("scope", List.of("openid portal"))
                .containsEntry("state", List.of("st/ate+1"))
                .containsEntry("code_challenge", List.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
                .containsEntry("code_challenge_method", List.of("S256"));
    }

    @Test
    void usesAnAuthorizationUrlSeenByBrowsersWhenConfigured() {
        PortalOAuth external = PortalClients.oauth(WireMockPortal.config(wm, WireMockPortal.time())
                .withOAuthEndpoints(URI.create("https://portal.example.se/oauth2/authorize"), null, null));

        assertThat(external.authorizeUrl("s", "c", CALLBACK, List.of("portal")).toString())
                .startsWith("https://portal.example.se/oauth2/authorize?response_type=code&");
    }

    @Test
    void endSessionUrlCarriesTheIdTokenHintAndTheWayBackEncoded() {
        URI url = oauth.endSessionUrl("eyJ.id+token/x", URI.create("http://localhost:8080/?a=b")).orElseThrow();

        assertThat(url.toString()).isEqualTo(wm.baseUrl() + "/connect/logout?id_token_hint=eyJ.id%2Btoken%2Fx"
                + "&client_id=connect-bot&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F%3Fa%3Db");
    }

    @Test
    void hashesTheVerifierAsRfc7636Shows() {
        Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pkce.toString()).doesNotContain(pkce.verifier());
    }

    @Test
    void generatesFreshVerifiersOfTheRightShape() {
        Pkce one = Pkce.generate();
        Pkce two = Pkce.generate();

        assertThat(one.verifier()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.verifier());
        assertThat(one.challenge()).isEqualTo(Pkce.s256(one.verifier()));
    }

    @Test
    void exchangesTheCodeWithTheVerifier() {
        wm.stubFor(post("/oauth2/token").withHeader("Authorization", equalTo(CLIENT_AUTH))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo("code-1"))
                .withFormParam("redirect_uri", equalTo(CALLBACK.toString()))
                .withFormParam("code_verifier", equalTo("verifier-1"))
                .willReturn(tokens("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"id_token\":\"id-1\","
                        + "\"token_type\":\"Bearer\",\"expires_in\":600,\"scope\":\"openid portal\"}")));

        TokenSet tokens = oauth.exchangeCode("code-1", "verifier-1", CALLBACK);

        assertThat(tokens).isEqualTo(new TokenSet("at-1", "rt-1", PortalSamples.NOW.plus(Duration.ofMinutes(10)),
                "openid portal", "id-1"));
        assertThat(tokens.scopes()).isEqualTo(Set.of("openid", "portal"));
        assertThat(tokens.toString()).doesNotContain("at-1", "rt-1", "id-1");
    }

    @Test
    void refreshesAndKeepsTheRotatedRefreshToken() {
        wm.stubFor(post("/oauth2/token").withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo("rt-1"))
                .willReturn(tokens("{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":600,\"scope\":\"portal\"}")));

        TokenSet tokens = oauth.refresh("rt-1");

        assertThat(tokens.accessToken()).isEqualTo("at-2");
        assertThat(tokens.refreshToken()).isEqualTo("rt-2");
    }

    @Test
    void saysTheUserMustSignInAgainWhenTheRefreshTokenIsRefused() {
        wm.stubFor(post("/oauth2/token").willReturn(tokens("{\"error\":\"invalid_grant\"}").withStatus(400)));

        assertThatThrownBy(() -> oauth.refresh("rt-secret-1"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.error()).isEqualTo(PortalError.NOT_SIGNED_IN);
                    assertThat(e.getMessage()).doesNotContain("rt-secret-1");
                });
    }

    @Test
    void treatsARefusedClientAsAnUnavailablePortal() {
        wm.stubFor(post("/oauth2/token").willReturn(tokens("{\"error\":\"invalid_client\"}").withStatus(401)));

        assertThatThrownBy(() -> oauth.clientCredentials("operations.read"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.error()).isEqualTo(PortalError.UNAVAILABLE));
    }

    @Test
    void treatsAnUnknownScopeAsInvalidInput() {
        wm.stubFor(post("/oauth2/token").willReturn(tokens("{\"error\":\"invalid_scope\"}").withStatus(400)));

        assertThatThrownBy(() -> oauth.clientCredentials("everything"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.error()).isEqualTo(PortalError.INVALID_INPUT));
    }

    @Test
    void fetchesClientCredentialsForAScope() {
        WireMockPortal.stubClientCredentials(wm, "operations.read", "cc-1");

        TokenSet tokens = oauth.clientCredentials("operations.read");

        assertThat(tokens.accessToken()).isEqualTo("cc-1");
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.expiresAt()).isEqualTo(PortalSamples.NOW.plusSeconds(600));
        wm.verify(postRequestedFor(urlPathEqualTo("/oauth2/token")).withHeader("Authorization", equalTo(CLIENT_AUTH)));
    }

    @Test
    void revokesAToken() {
        wm.stubFor(post("/oauth2/revoke").withHeader("Authorization", equalTo(CLIENT_AUTH))
                .withFormParam("token", equalTo("rt-2")).willReturn(aResponse().withStatus(200)));

        oauth.revoke("rt-2");

        wm.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/revoke")));
    }

    @Test
    void reportsAnAuthorizationServerThatIsDownAsUnavailable() {
        wm.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));

        assertThatThrownBy(() -> oauth.exchangeCode("code-1", "verifier-1", CALLBACK))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.error()).isEqualTo(PortalError.UNAVAILABLE);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void refusesATokenAnswerWithoutAnAccessToken() {
        wm.stubFor(post("/oauth2/token").willReturn(tokens("{\"token_type\":\"Bearer\"}")));

        assertThatThrownBy(() -> oauth.clientCredentials("operations.read"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.error()).isEqualTo(PortalError.UNAVAILABLE));
    }

    private static ResponseDefinitionBuilder tokens(String json) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(json);
    }
}
