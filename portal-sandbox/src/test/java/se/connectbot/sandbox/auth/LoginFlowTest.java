package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static se.connectbot.sandbox.auth.OAuthSteps.ANNA;
import static se.connectbot.sandbox.auth.OAuthSteps.BOT;
import static se.connectbot.sandbox.auth.OAuthSteps.BOT_SECRET;
import static se.connectbot.sandbox.auth.OAuthSteps.DEMO_PASSWORD;
import static se.connectbot.sandbox.auth.OAuthSteps.REDIRECT_URI;
import static se.connectbot.sandbox.auth.OAuthSteps.authorizeParameters;
import static se.connectbot.sandbox.auth.OAuthSteps.authorizeUrl;
import static se.connectbot.sandbox.auth.OAuthSteps.claims;
import static se.connectbot.sandbox.auth.OAuthSteps.field;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The user's way through the authorization server, end to end over HTTP with a real form login:
 * authorize with PKCE, the login page, the code, the tokens, the API, refresh, revocation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcOperations jdbc;

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void showsTheLoginPageInTheLanguageTheClientAsksFor() {
        Browser browser = new Browser(port);
        Map<String, String> parameters = new java.util.LinkedHashMap<>(
                authorizeParameters(Pkce.create(), UUID.randomUUID().toString(), "openid portal", REDIRECT_URI));
        parameters.put("ui_locales", "en");

        HttpResponse<String> authorize = browser.page(authorizeUrl(parameters), "sv-SE,sv;q=0.9");
        assertThat(Browser.location(authorize)).isEqualTo(browser.base() + "/login");
        assertThat(browser.page("/login", "sv-SE,sv;q=0.9").body()).contains("<html lang=\"en\"", "<h1 id=\"heading\">Sign in</h1>");
        assertThat(browser.page("/login?lang=sv", "sv-SE").body()).contains("<h1 id=\"heading\">Logga in</h1>");
    }

    @Test
    void signsInWithTheLoginFormAndGetsTokensThatWorkRefreshAndRevoke() {
        Browser browser = new Browser(port);
        Pkce pkce = Pkce.create();
        String state = UUID.randomUUID().toString();

        HttpResponse<String> authorize = browser.page(
                authorizeUrl(authorizeParameters(pkce, state, "openid portal", REDIRECT_URI)), "sv-SE,sv;q=0.9,en;q=0.8");
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(Browser.location(authorize)).isEqualTo(browser.base() + "/login");

        HttpResponse<String> swedish = browser.page("/login", "sv-SE,sv;q=0.9,en;q=0.8");
        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("<html lang=\"sv\"", "<h1 id=\"heading\">Logga in</h1>",
                "Användarnamn (e-post)", "Lösenord", "Det här är sandlådan", "In English");
        HttpResponse<String> english = browser.page("/login?lang=en", "sv-SE");
        assertThat(english.body()).contains("<html lang=\"en\"", "<h1 id=\"heading\">Sign in</h1>",
                "Username (e-mail)", "Password", "This is the sandbox", "På svenska");

        HttpResponse<String> login = browser.postForm("/login", Map.of(
                "username", " Anna.Admin@Nordkust.SE ", "password", DEMO_PASSWORD, "_csrf", Browser.csrfToken(english.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(Browser.location(login)).contains("/oauth2/authorize");

        HttpResponse<String> resumed = browser.page(Browser.location(login), "en");
        assertThat(resumed.statusCode()).isEqualTo(302);
        String callback = Browser.location(resumed);
        assertThat(callback).startsWith(REDIRECT_URI + "?");
        Map<String, String> answer = Browser.query(callback);
        assertThat(answer).containsEntry("state", state).containsKey("code").doesNotContainKey("error");

        HttpResponse<String> tokens = OAuthSteps.exchangeCode(browser, answer.get("code"), pkce.verifier());
        String accessToken = field(tokens, "access_token");
        String refreshToken = field(tokens, "refresh_token");
        assertThat(field(tokens, "token_type")).isEqualTo("Bearer");
        assertThat(field(tokens, "scope").split(" ")).containsExactlyInAnyOrder("openid", "portal");
        assertThat(Browser.json(tokens).path("expires_in").asLong()).isBetween(590L, 600L);

        JWTClaimsSet access = claims(accessToken);
        assertThat(access.getSubject()).isEqualTo(ANNA);
        assertThat(access.getClaim("scope").toString()).contains("portal");
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
        JWTClaimsSet id = claims(field(tokens, "id_token"));
        assertThat(id.getSubject()).isEqualTo(ANNA);
        assertThat(id.getClaim("auth_time")).isNotNull();
        assertThat(id.getClaim("email")).isEqualTo(ANNA);
        assertThat(id.getClaim("name")).isEqualTo(
                jdbc.queryForObject("select name from portal_user where username = ?", String.class, ANNA));

        HttpResponse<String> me = browser.getWithBearer("/api/v1/me", accessToken);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(ANNA);

        HttpResponse<String> refreshed = OAuthSteps.refresh(browser, refreshToken);
        String newAccessToken = field(refreshed, "access_token");
        String newRefreshToken = field(refreshed, "refresh_token");
        assertThat(newAccessToken).isNotEqualTo(accessToken);
        assertThat(newRefreshToken).isNotEqualTo(refreshToken);
        assertThat(claims(newAccessToken).getSubject()).isEqualTo(ANNA);
        assertThat(browser.getWithBearer("/api/v1/me", newAccessToken).statusCode()).isEqualTo(200);
        assertInvalidGrant(OAuthSteps.refresh(browser, refreshToken));

        HttpResponse<String> revoked = browser.postAsClient("/oauth2/revoke", BOT, BOT_SECRET,
                Map.of("token", newRefreshToken, "token_type_hint", "refresh_token"));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertInvalidGrant(OAuthSteps.refresh(browser, newRefreshToken));
    }

    @Test
    void keepsAuthorizationsInTheDatabaseSignedWithTheStoredKey() {
        Browser browser = new Browser(port);
        HttpResponse<String> tokens = OAuthSteps.signIn(browser, "erik.admin@fjallbygg.se");
        String refreshToken = field(tokens, "refresh_token");
        String accessToken = field(tokens, "access_token");

        // a fresh service over the same database, as after a restart, still knows the refresh token
        JdbcOAuth2AuthorizationService afterRestart = new JdbcOAuth2AuthorizationService(jdbc, clients);
        assertThat(afterRestart.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN))
                .isNotNull()
                .satisfies(authorization -> assertThat(authorization.getPrincipalName()).isEqualTo("erik.admin@fjallbygg.se"));

        String storedKeyId = SigningKeys.fromDatabase(jdbc).getKeyID();
        assertThat(OAuthSteps.keyId(accessToken)).isEqualTo(storedKeyId);
        assertThat(browser.get("/oauth2/jwks").body()).contains("\"kid\":\"" + storedKeyId + "\"");
    }

    @Test
    void showsTheErrorOnAWrongPasswordInTheChosenLanguage() {
        Browser browser = new Browser(port);
        HttpResponse<String> failed = OAuthSteps.submitLogin(browser, ANNA, "not-the-password");
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(Browser.location(failed)).endsWith("/login?error");

        HttpResponse<String> swedish = browser.page(Browser.location(failed), "sv");
        assertThat(swedish.body()).contains("role=\"alert\"", "Fel användarnamn eller lösenord.", "aria-invalid=\"true\"");
        HttpResponse<String> english = browser.page("/login?error&lang=en", "sv");
        assertThat(english.body()).contains("Wrong username or password.");
        assertThat(browser.page("/login", "sv").body()).doesNotContain("role=\"alert\"");
    }

    @Test
    void refusesUnknownUsersLikeWrongPasswords() {
        Browser browser = new Browser(port);
        HttpResponse<String> failed = OAuthSteps.submitLogin(browser, "nobody@nordkust.se", DEMO_PASSWORD);
        assertThat(Browser.location(failed)).endsWith("/login?error");
    }

    @Test
    void picksTheLanguageFromTheBrowserAndDefaultsToSwedish() {
        assertThat(new Browser(port).page("/login", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"", "Sign in");
        assertThat(new Browser(port).page("/login", "de-DE,fr;q=0.8").body()).contains("<html lang=\"sv\"", "Logga in");
        Browser chose = new Browser(port);
        chose.page("/login?lang=en", "sv");
        assertThat(chose.page("/login?error", "sv").body()).as("the choice is remembered").contains("Wrong username or password.");
    }

    @Test
    void refusesAnAuthorizationRequestWithoutPkce() {
        Map<String, String> parameters = authorizeParameters(Pkce.create(), "s1", "openid portal", REDIRECT_URI);
        parameters.remove("code_challenge");
        parameters.remove("code_challenge_method");

        HttpResponse<String> response = new Browser(port).page(authorizeUrl(parameters), "sv");

        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> answer = Browser.query(Browser.location(response));
        assertThat(answer).containsEntry("error", "invalid_request").doesNotContainKey("code");
        assertThat(answer.get("error_description")).contains("code_challenge");
    }

    @Test
    void refusesAnUnregisteredRedirectUriWithoutRedirecting() {
        HttpResponse<String> response = new Browser(port).page(
                authorizeUrl(authorizeParameters(Pkce.create(), "s2", "openid portal", "https://evil.example/oauth/callback")), "sv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void refusesToLetAUserGrantTheBotsOwnScope() {
        HttpResponse<String> response = new Browser(port).page(
                authorizeUrl(authorizeParameters(Pkce.create(), "s3", "openid operations.read", REDIRECT_URI)), "sv");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.query(Browser.location(response)))
                .containsEntry("error", "invalid_scope").containsEntry("state", "s3").doesNotContainKey("code");
    }

    @Test
    void refusesACodeWithTheWrongVerifier() {
        Browser browser = new Browser(port);
        Pkce pkce = Pkce.create();
        browser.page(authorizeUrl(authorizeParameters(pkce, "s4", "openid portal", REDIRECT_URI)), "sv");
        HttpResponse<String> login = OAuthSteps.submitLogin(browser, ANNA, DEMO_PASSWORD);
        String code = Browser.query(Browser.location(browser.page(Browser.location(login), "sv"))).get("code");

        assertInvalidGrant(OAuthSteps.exchangeCode(browser, code, Pkce.create().verifier()));
    }

    @Test
    void aSignedInBrowserSessionNeverOpensTheApi() {
        Browser browser = new Browser(port);
        HttpResponse<String> login = OAuthSteps.submitLogin(browser, ANNA, DEMO_PASSWORD);
        assertThat(Browser.location(login)).isEqualTo(browser.base() + "/");
        assertThat(browser.page("/", "sv").body()).contains("Du är inloggad", ANNA);

        HttpResponse<String> api = browser.get("/api/v1/me", "Accept", "application/json");

        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void signsOutAndSaysSo() {
        Browser browser = new Browser(port);
        OAuthSteps.submitLogin(browser, ANNA, DEMO_PASSWORD);
        HttpResponse<String> home = browser.page("/", "sv");

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", Browser.csrfToken(home.body())));

        assertThat(Browser.location(logout)).endsWith("/login?logout");
        assertThat(browser.page("/login?logout", "sv").body()).contains("Du är nu utloggad.");
        assertThat(Browser.location(browser.page("/", "sv"))).endsWith("/login");
    }

    private static void assertInvalidGrant(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Browser.json(response).path("error").asString()).isEqualTo("invalid_grant");
    }
}
