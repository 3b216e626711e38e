package se.connectbot.coretesting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.connectbot.core.linking.AccountLinking;

/**
 * Signs in at a real portal (the sandbox) the way a person's browser does: opens the bot's
 * authorize URL, is sent to the login form, posts username, password and the form's CSRF token,
 * follows the portal back to the authorization endpoint, and takes the code and state from the
 * redirect to the bot's callback, which it hands to {@link AccountLinking#exchange} and
 * {@link AccountLinking#confirm} as the bot-app's callback and a confirming person would. A fresh cookie jar per sign-in.
 */
public final class SandboxSignIn {

    /** The demo users' password at the sandbox. */
    public static final String DEMO_PASSWORD = "connect-demo";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final int MAX_REDIRECTS = 6;

    private SandboxSignIn() {
    }

    public static SignInDriver driver(AccountLinking linking) {
        return (authorizeUrl, username) -> {
            Map<String, String> callback = callback(authorizeUrl, username, DEMO_PASSWORD);
            return callback.containsKey("code")
                    ? FakeSignIn.complete(linking, callback.get("state"), callback.get("code"))
                    : linking.decline(callback.get("state"), callback.getOrDefault("error", "unknown"));
        };
    }

    /** The query of the portal's redirect to the bot's callback after signing in. */
    public static Map<String, String> callback(URI authorizeUrl, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI login = authorizeUrl.resolve(location(get(browser, authorizeUrl)));
        String page = get(browser, login).body();
        HttpResponse<String> posted = post(browser, login, Map.of("username", username, "password", password, "_csrf", csrf(page)));
        URI next = login.resolve(location(posted));
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            if (next.getPath().endsWith("/oauth/callback")) {
                return query(next);
            }
            next = next.resolve(location(get(browser, next)));
        }
        throw new AssertionError("the portal never sent the browser back to the bot's callback; last at " + next);
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) {
        return send(browser, HttpRequest.newBuilder(uri).header("Accept-Language", "sv").GET().build());
    }

    private static HttpResponse<String> post(HttpClient browser, URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(browser, HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "expected a redirect from " + response.uri() + " but got " + response.statusCode() + ":\n" + response.body()));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field in the login page:\n" + html);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
