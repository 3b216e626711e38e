package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static se.connectbot.sandbox.auth.OAuthSteps.BOT;
import static se.connectbot.sandbox.auth.OAuthSteps.BOT_SECRET;
import static se.connectbot.sandbox.auth.OAuthSteps.OPERATOR;
import static se.connectbot.sandbox.auth.OAuthSteps.OPERATOR_SECRET;
import static se.connectbot.sandbox.auth.OAuthSteps.claims;
import static se.connectbot.sandbox.auth.OAuthSteps.clientCredentials;
import static se.connectbot.sandbox.auth.OAuthSteps.field;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API's gate: client credentials and their scopes, and the 401/403 problems the security
 * layer answers before any controller runs. Over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

    @LocalServerPort
    int port;

    @Test
    void givesTheBotOnlyOperationsReadWithClientCredentials() {
        Browser browser = new Browser(port);
        HttpResponse<String> asked = clientCredentials(browser, BOT, BOT_SECRET, "operations.read");
        HttpResponse<String> unasked = clientCredentials(browser, BOT, BOT_SECRET, "");

        assertThat(field(asked, "scope")).isEqualTo("operations.read");
        assertThat(field(unasked, "scope")).isEqualTo("operations.read");
        assertThat(Browser.json(asked).has("refresh_token")).isFalse();
        String token = field(asked, "access_token");
        assertThat(claims(token).getSubject()).isEqualTo(BOT);

        assertScopeProblem(browser.getWithBearer("/api/v1/me", token), "portal");
        assertScopeProblem(browser.getWithBearer("/api/v1/operator/outages", token), "outages.write");
        assertThat(browser.getWithBearer("/api/v1/outages", token).statusCode()).isNotIn(401, 403);
    }

    @Test
    void neverGivesTheBotAUserScopeWithClientCredentials() {
        Browser browser = new Browser(port);
        for (String scope : new String[] {"portal", "openid", "operations.read portal", "outages.write"}) {
            HttpResponse<String> response = clientCredentials(browser, BOT, BOT_SECRET, scope);
            assertThat(response.statusCode()).as(scope).isEqualTo(400);
            assertThat(Browser.json(response).path("error").asString()).isEqualTo("invalid_scope");
        }
    }

    @Test
    void givesTheOperatorOnlyTheOperatorEndpoints() {
        Browser browser = new Browser(port);
        String token = field(clientCredentials(browser, OPERATOR, OPERATOR_SECRET, ""), "access_token");

        assertThat(claims(token).getClaim("scope").toString()).contains("outages.write");
        assertScopeProblem(browser.getWithBearer("/api/v1/me", token), "portal");
        assertScopeProblem(browser.getWithBearer("/api/v1/outages", token), "portal' or 'operations.read");
        assertThat(browser.getWithBearer("/api/v1/operator/outages", token).statusCode()).isNotIn(401, 403);
    }

    @Test
    void refusesAWrongClientSecret() {
        HttpResponse<String> response = clientCredentials(new Browser(port), BOT, "guess", "operations.read");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Browser.json(response).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void answersAMissingTokenWithA401Problem() {
        HttpResponse<String> response = new Browser(port).get("/api/v1/me", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                h -> assertThat(h).startsWith("application/problem+json"));
        JsonNode problem = Browser.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://connectbot.se/problems/not-signed-in");
        assertThat(problem.path("title").asString()).isEqualTo("Not signed in");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/me");
    }

    @Test
    void answersAnInvalidTokenWithA401ThatSaysInvalidToken() {
        Browser browser = new Browser(port);
        String token = field(clientCredentials(browser, BOT, BOT_SECRET, ""), "access_token");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String bad : new String[] {"not-a-jwt", tampered}) {
            HttpResponse<String> response = browser.getWithBearer("/api/v1/outages", bad);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer").contains("error=\"invalid_token\""));
            assertThat(response.body()).doesNotContain(bad);
        }
    }

    @Test
    void refusesEveryPathOutsideTheApiVersion() {
        Browser browser = new Browser(port);
        String token = field(clientCredentials(browser, BOT, BOT_SECRET, ""), "access_token");

        assertThat(browser.getWithBearer("/api/v2/outages", token).statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/v2/outages").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsErrorsAndHealthOpenWithoutALoginRedirect() {
        Browser browser = new Browser(port);

        assertThat(browser.get("/error", "Accept", "application/json").statusCode()).isNotEqualTo(302);
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void publishesTheOpenIdConfigurationAndKeys() {
        Browser browser = new Browser(port);
        JsonNode discovery = Browser.json(browser.get("/.well-known/openid-configuration"));

        assertThat(discovery.path("issuer").asString()).isEqualTo(browser.base());
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(browser.base() + "/oauth2/token");
        assertThat(discovery.path("revocation_endpoint").asString()).isEqualTo(browser.base() + "/oauth2/revoke");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(Browser.json(browser.get("/oauth2/jwks")).path("keys").size()).isEqualTo(1);
    }

    private static void assertScopeProblem(HttpResponse<String> response, String neededScope) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                h -> assertThat(h).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).contains("insufficient_scope"));
        JsonNode problem = Browser.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("title").asString()).isEqualTo("Insufficient scope");
        assertThat(problem.path("detail").asString()).contains("'" + neededScope + "'");
    }
}
