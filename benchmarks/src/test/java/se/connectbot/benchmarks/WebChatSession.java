package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import se.connectbot.coretesting.SandboxSignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser's session with the web chat, as its page script talks to it: the session (with
 * its CSRF token), the sign-in ("Logga in" → the portal's login form, played by bot-core's
 * {@link SandboxSignIn} → the bot's {@code /oauth/callback}), and messages to
 * {@code POST /api/chat/messages}. Cookies of its own; one keep-alive connection. Not
 * thread-safe: one per simulated user.
 */
final class WebChatSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI bot;
    private final HttpClient http;
    private String csrfHeader = "X-CSRF-TOKEN";
    private String csrfToken = "";

    WebChatSession(URI bot) {
        this.bot = bot;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in as {@code username} the way a person does, and checks that the chat says so. */
    void signIn(String username) {
        session();
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(bot.resolve("/signin")).header("Accept", "text/html").GET());
        URI authorize = URI.create(location(signIn));
        Map<String, String> callback = SandboxSignIn.callback(authorize, username, SandboxSignIn.DEMO_PASSWORD);
        URI back = bot.resolve("/oauth/callback?code=" + encode(callback.get("code")) + "&state=" + encode(callback.get("state")));
        HttpResponse<String> returned = send(HttpRequest.newBuilder(back).header("Accept", "text/html").GET());
        if (returned.statusCode() != 302) {
            throw new IllegalStateException("the bot's callback answered " + returned.statusCode() + ": " + returned.body());
        }
        if (!session().path("signedIn").asBoolean()) {
            throw new IllegalStateException("not signed in after the callback");
        }
    }

    /** {@code GET /api/chat/session}, keeping its CSRF token. */
    JsonNode session() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(bot.resolve("/api/chat/session"))
                .header("Accept", "application/json").GET());
        JsonNode session = JSON.readTree(response.body());
        csrfHeader = session.path("csrfHeader").asString(csrfHeader);
        csrfToken = session.path("csrfToken").asString(csrfToken);
        return session;
    }

    /**
     * Sends a text as typed into the chat and returns the reply.
     *
     * @throws IllegalStateException when the answer is not 200
     */
    JsonNode say(String text) {
        String body = JSON.writeValueAsString(Map.of("deliveryId", UUID.randomUUID().toString(), "text", text));
        HttpResponse<String> response = send(HttpRequest.newBuilder(bot.resolve("/api/chat/messages"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header(csrfHeader, csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("'" + text + "' answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect from " + response.uri() + " but got " + response.statusCode()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
