package se.connectbot.slack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Slack sends them to {@code /slack/events}: form-encoded slash commands and
 * interactivity payloads, JSON events, each signed with HMAC-SHA256 over {@code v0:ts:body}.
 */
public final class SignedRequests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String secret;
    private volatile String baseUrl = "http://localhost:8080";

    public SignedRequests(String secret) {
        this.secret = secret;
    }

    public void baseUrl(String url) {
        this.baseUrl = url;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> slashCommand(String team, String channel, String user, String text,
                                                   String triggerId, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", team);
        f.put("team_domain", "nordkust");
        f.put("channel_id", channel);
        f.put("channel_name", channel.startsWith("D") ? "directmessage" : "general");
        f.put("user_id", user);
        f.put("user_name", "someone");
        f.put("command", "/connect");
        f.put("text", text);
        f.put("api_app_id", "A123");
        f.put("is_enterprise_install", "false");
        f.put("response_url", responseUrl);
        f.put("trigger_id", triggerId);
        return f;
    }

    /** Sends a correctly signed request, stamped now. */
    public HttpResponse<String> send(String body, String contentType) {
        return send(body, contentType, Instant.now().getEpochSecond(), null, Map.of());
    }

    public HttpResponse<String> sendForm(Map<String, String> fields) {
        return send(form(fields), "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> sendInteraction(String payloadJson) {
        return sendForm(Map.of("payload", payloadJson));
    }

    public HttpResponse<String> sendEvent(String json, Map<String, String> headers) {
        return send(json, "application/json", Instant.now().getEpochSecond(), null, headers);
    }

    /**
     * @param signature null to sign correctly; else sent as is
     */
    public HttpResponse<String> send(String body, String contentType, long timestamp, String signature,
                                     Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature != null ? signature : sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
