package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The steps of the OAuth flows as the bot takes them, over real HTTP. */
final class OAuthSteps {

    static final String BOT = "connect-bot";
    static final String BOT_SECRET = "connect-bot-secret";
    static final String OPERATOR = "connect-operator";
    static final String OPERATOR_SECRET = "connect-operator-secret";
    static final String REDIRECT_URI = "http://localhost:8080/oauth/callback";
    static final String DEMO_PASSWORD = "connect-demo";
    static final String ANNA = "anna.admin@nordkust.se";

    private OAuthSteps() {
    }

    static String authorizeUrl(Map<String, String> parameters) {
        return "/oauth2/authorize?" + Browser.encode(parameters);
    }

    static Map<String, String> authorizeParameters(Pkce pkce, String state, String scope, String redirectUri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", BOT);
        parameters.put("scope", scope);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("state", state);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        return parameters;
    }

    /** Signs in with the login form (CSRF token from the page) and returns the response to the POST. */
    static HttpResponse<String> submitLogin(Browser browser, String username, String password) {
        HttpResponse<String> page = browser.page("/login", "sv-SE,sv;q=0.9");
        assertThat(page.statusCode()).isEqualTo(200);
        return browser.postForm("/login", Map.of(
                "username", username, "password", password, "_csrf", Browser.csrfToken(page.body())));
    }

    /** The whole code flow for a user, ending with the token response. */
    static HttpResponse<String> signIn(Browser browser, String username) {
        Pkce pkce = Pkce.create();
        String state = UUID.randomUUID().toString();
        HttpResponse<String> authorize = browser.page(
                authorizeUrl(authorizeParameters(pkce, state, "openid portal", REDIRECT_URI)), "sv");
        assertThat(Browser.location(authorize)).endsWith("/login");
        HttpResponse<String> login = submitLogin(browser, username, DEMO_PASSWORD);
        HttpResponse<String> resumed = browser.page(Browser.location(login), "sv");
        Map<String, String> callback = Browser.query(Browser.location(resumed));
        assertThat(callback).containsEntry("state", state).containsKey("code");
        return exchangeCode(browser, callback.get("code"), pkce.verifier());
    }

    static HttpResponse<String> exchangeCode(Browser browser, String code, String verifier) {
        return browser.postAsClient("/oauth2/token", BOT, BOT_SECRET, Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "code_verifier", verifier));
    }

    static HttpResponse<String> refresh(Browser browser, String refreshToken) {
        return browser.postAsClient("/oauth2/token", BOT, BOT_SECRET, Map.of(
                "grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    static HttpResponse<String> clientCredentials(Browser browser, String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (!scope.isEmpty()) {
            form.put("scope", scope);
        }
        return browser.postAsClient("/oauth2/token", clientId, secret, form);
    }

    static String field(HttpResponse<String> response, String name) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
        return Browser.json(response).path(name).asString();
    }

    static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT", e);
        }
    }

    static String keyId(String jwt) {
        try {
            return SignedJWT.parse(jwt).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT", e);
        }
    }
}
