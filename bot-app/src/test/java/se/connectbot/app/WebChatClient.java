package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser without a browser: keeps cookies, follows the sign-in through the sandbox's real
 * login form, and talks to the web chat's JSON endpoint the way the page's script does.
 */
final class WebChatClient {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private final URI bot;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private String csrfHeader = "X-CSRF-TOKEN";
    private String csrfToken = "";

    WebChatClient(URI bot) {
        this(bot, HttpClient.newBuilder()
                .cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private WebChatClient(URI bot, HttpClient http) {
        this.bot = bot;
        this.http = http;
    }

    /** The same browser (its cookies) talking to another instance of the bot. */
    WebChatClient at(URI otherBot) {
        return new WebChatClient(otherBot, http);
    }

    /** {@code GET /api/chat/session}, keeping its CSRF token for later POSTs. */
    JsonNode session() {
        JsonNode session = json.readTree(send(HttpRequest.newBuilder(bot.resolve("/api/chat/session"))
                .header("Accept", "application/json").GET().build()).body());
        csrfHeader = session.get("csrfHeader").asString();
        csrfToken = session.get("csrfToken").asString();
        return session;
    }

    /** {@code GET /api/chat/history}: the turns this browser's session keeps. */
    JsonNode history() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(bot.resolve("/api/chat/history"))
                .header("Accept", "application/json").GET().build());
        assertThat(response.statusCode()).as("GET history answered %s", response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("turns");
    }

    /** The page's language switch ({@code PUT /api/chat/session/locale}). */
    JsonNode switchLanguage(String locale) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(bot.resolve("/api/chat/session/locale"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header(csrfHeader, csrfToken)
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("locale", locale)))).build());
        assertThat(response.statusCode()).as("PUT locale answered %s", response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /**
     * Presses "Logga in" and signs in at the sandbox's login form, following every redirect the
     * way a browser does, until the bot sends the browser back to the chat.
     *
     * @return where the bot finally sent the browser
     */
    URI signIn(String username, String password) {
        URI next = bot.resolve("/signin");
        for (int hop = 0; hop < 20; hop++) {
            HttpResponse<String> response = get(next);
            if (response.statusCode() / 100 == 3) {
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
                if (next.getPort() == bot.getPort() && "/".equals(next.getPath())) {
                    return next;
                }
            } else if (response.statusCode() == 200 && response.body().contains("type=\"password\"")) {
                next = postLoginForm(next, response.body(), username, password);
            } else {
                throw new AssertionError("sign-in stopped at " + next + " with " + response.statusCode() + ": " + response.body());
            }
        }
        throw new AssertionError("sign-in did not come back to the chat within 20 redirects");
    }

    /**
     * Opens a sign-in link handed out in a chat platform (the portal's authorize URL) and signs
     * in at the sandbox's login form, following every redirect, until a page is shown: the
     * bot's "you are signed in, go back to the chat" page.
     */
    HttpResponse<String> followSignInLink(URI link, String username, String password) {
        URI next = link;
        for (int hop = 0; hop < 20; hop++) {
            HttpResponse<String> response = get(next);
            if (response.statusCode() / 100 == 3) {
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            } else if (response.statusCode() == 200 && response.body().contains("type=\"password\"")) {
                next = postLoginForm(next, response.body(), username, password);
            } else {
                return response;
            }
        }
        throw new AssertionError("the sign-in link did not lead to a page within 20 redirects");
    }

    private URI postLoginForm(URI page, String html, String username, String password) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (!form.group(2).contains("type=\"password\"")) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> attributes = attributes(input.group(1));
                String name = attributes.get("name");
                if (name == null) {
                    continue;
                }
                String type = attributes.getOrDefault("type", "text");
                fields.put(name, switch (type) {
                    case "password" -> password;
                    case "email", "text" -> username;
                    default -> attributes.getOrDefault("value", "");
                });
            }
            URI action = page.resolve(attributes(form.group(1)).getOrDefault("action", page.toString()));
            HttpResponse<String> response = send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build());
            assertThat(response.statusCode()).as("login POST answer: %s", response.body()).isEqualTo(302);
            URI location = action.resolve(response.headers().firstValue("Location").orElseThrow());
            assertThat(String.valueOf(location)).as("the sandbox refused the login").doesNotContain("error");
            return location;
        }
        throw new AssertionError("no login form with a password field in: " + html);
    }

    /** Sends a text, as typed. */
    JsonNode say(String text) {
        return post("/api/chat/messages", Map.of("deliveryId", UUID.randomUUID().toString(), "text", text));
    }

    /** Clicks a choice (a button, a select's option, a row's button, a paging button). */
    JsonNode click(JsonNode choice) {
        return post("/api/chat/actions", Map.of("deliveryId", UUID.randomUUID().toString(),
                "actionId", choice.get("actionId").asString(), "value", choice.get("value").asString()));
    }

    JsonNode submit(String formId, Map<String, String> values) {
        return post("/api/chat/forms", Map.of("deliveryId", UUID.randomUUID().toString(), "formId", formId, "values", values));
    }

    JsonNode post(String path, Object body) {
        HttpResponse<String> response = postRaw(path, json.writeValueAsString(body), true);
        assertThat(response.statusCode()).as("POST %s answered %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> postRaw(String path, String body, boolean withCsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(bot.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrfToken) {
            request.header(csrfHeader, csrfToken);
        }
        return send(request.build());
    }

    /** A GET as a browser's address bar makes it (an Accept with application/json would not be saved for after the login). */
    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(bot.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.put(attribute.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Cookies the way a browser keeps them for this test: per host name, whatever the port (so
     * the bot's and the sandbox's session cookies must have different names, as they do).
     * Java's CookieManager files host-only cookies of "localhost" under "localhost.local".
     */
    static final class CookieJar extends CookieHandler {

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(value -> keep(uri.getHost(), value));
                }
            });
        }

        private void keep(String host, String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            Map<String, String> cookies = byHost.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
            boolean expired = Arrays.stream(parts).map(String::trim).anyMatch(p -> p.equalsIgnoreCase("Max-Age=0"));
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
