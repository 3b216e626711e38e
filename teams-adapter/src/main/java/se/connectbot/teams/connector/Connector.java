package se.connectbot.teams.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationParameters;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;

/**
 * The Bot Connector REST API at a conversation's service URL, the calls the bot makes:
 * send to a conversation, reply to an activity, update an activity, create a 1:1 conversation.
 * Activities are written with the adapter's Jackson 2 mapper (the SDK's model). Teams throttles
 * (429, and 412/502/504 under load): such answers are retried with exponential backoff and
 * jitter, honouring {@code Retry-After}, up to {@link Backoff#attempts()}, and every send is
 * spaced to Teams' rates beforehand ({@link Pacing}); then, and for every
 * other refusal, an {@link OutboundException} whose code says what a caller can do. Replaces the
 * SDK's Retrofit/OkHttp 3 client. Thread-safe.
 */
public final class Connector {

    private static final Logger log = LoggerFactory.getLogger(Connector.class);

    /** How often and how long to wait on throttling. */
    public record Backoff(int attempts, Duration first, Duration longest) {
        public static Backoff standard() {
            return new Backoff(4, Duration.ofMillis(500), Duration.ofSeconds(8));
        }
    }

    private final RestClient http;
    private final ConnectorTokens tokens;
    private final ObjectMapper json;
    private final Backoff backoff;
    private final Pacing pacing;

    public Connector(RestClient http, ConnectorTokens tokens, ObjectMapper json, Backoff backoff, Pacing pacing) {
        this.http = http;
        this.tokens = tokens;
        this.json = json;
        this.backoff = backoff;
        this.pacing = pacing;
    }

    /** Posts into the conversation (paced, see {@link Pacing}); the id of the new activity. */
    public String send(String tenant, String serviceUrl, String conversationId, Activity activity) {
        pacing.await(tenant, conversationId);
        return id(call(HttpMethod.POST, url(serviceUrl, "v3/conversations/" + enc(conversationId) + "/activities"), activity));
    }

    /** Posts into the conversation only if Teams' rates allow it at once (a typing indicator); false when skipped. */
    public boolean sendIfFree(String tenant, String serviceUrl, String conversationId, Activity activity) {
        if (!pacing.tryNow(tenant, conversationId)) {
            return false;
        }
        call(HttpMethod.POST, url(serviceUrl, "v3/conversations/" + enc(conversationId) + "/activities"), activity);
        return true;
    }

    /** Posts as a reply to {@code replyToId} (in a channel: into its thread). */
    public String reply(String tenant, String serviceUrl, String conversationId, String replyToId, Activity activity) {
        pacing.await(tenant, conversationId);
        return id(call(HttpMethod.POST, url(serviceUrl, "v3/conversations/" + enc(conversationId) + "/activities/" + enc(replyToId)), activity));
    }

    /** Replaces the activity {@code activityId} the bot posted. */
    public void update(String tenant, String serviceUrl, String conversationId, String activityId, Activity activity) {
        pacing.await(tenant, conversationId);
        call(HttpMethod.PUT, url(serviceUrl, "v3/conversations/" + enc(conversationId) + "/activities/" + enc(activityId)), activity);
    }

    /** Creates (or finds: Teams answers the same one) a conversation; its id. */
    public String createConversation(String serviceUrl, ConversationParameters parameters) {
        return id(call(HttpMethod.POST, url(serviceUrl, "v3/conversations"), parameters));
    }

    /** Uploads a file's content to the {@code uploadUrl} Teams gave for an accepted file consent card (no bearer token: it is not ours). */
    public void upload(String uploadUrl, byte[] content) {
        try {
            execute(() -> http.put().uri(URI.create(uploadUrl))
                    .header(HttpHeaders.CONTENT_RANGE, "bytes 0-" + (content.length - 1) + "/" + content.length)
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).body(content)
                    .retrieve().toBodilessEntity(), "upload");
        } catch (OutboundException e) {
            // the URL is a grant into the person's OneDrive, its path their name: neither the message nor a cause may carry it
            throw e.getCause() == null ? e : new OutboundException(e.error(), "Teams file upload failed: " + e.getCause().getClass().getSimpleName());
        }
    }

    private JsonNode call(HttpMethod method, URI url, Object body) {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an activity that does not serialise", e);
        }
        byte[] answer = execute(() -> http.method(method).uri(url)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
                .contentType(MediaType.APPLICATION_JSON).body(payload)
                .retrieve().body(byte[].class), method + " " + url.getPath());
        try {
            return answer == null || answer.length == 0 ? json.createObjectNode() : json.readTree(answer);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private <T> T execute(Call<T> call, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (RestClientResponseException e) {
                HttpStatusCode status = e.getStatusCode();
                boolean staleToken = status.value() == 401 && attempt == 1;
                if (!(throttled(status.value()) || staleToken) || attempt >= backoff.attempts()) {
                    throw refusal(status.value(), e.getResponseHeaders(), what);
                }
                if (staleToken) {
                    tokens.forget(); // revoked or rotated early: one more try with a fresh one
                }
                sleep(wait(attempt, e.getResponseHeaders()), what, status.value());
            } catch (RestClientException e) {
                if (attempt >= backoff.attempts()) {
                    throw new OutboundException(OutboundError.TRANSIENT, "Teams connector unreachable for " + what + ": " + e.getMessage(), e);
                }
                sleep(wait(attempt, null), what, 0);
            }
        }
    }

    static boolean throttled(int status) {
        return status == 429 || status == 412 || status == 502 || status == 504 || status == 503;
    }

    private Duration wait(int attempt, @Nullable HttpHeaders headers) {
        Duration exponential = backoff.first().multipliedBy(1L << Math.min(attempt - 1, 10));
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, exponential.toMillis() / 2) + 1);
        Duration wait = exponential.plusMillis(jitter);
        Duration asked = retryAfter(headers);
        if (asked != null && asked.compareTo(wait) > 0) {
            wait = asked;
        }
        return wait.compareTo(backoff.longest()) > 0 ? backoff.longest() : wait;
    }

    static @Nullable Duration retryAfter(@Nullable HttpHeaders headers) {
        String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value.strip()) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OutboundException refusal(int status, @Nullable HttpHeaders headers, String what) {
        String message = "Teams connector answered " + status + " to " + what;
        return switch (status) {
            case 429 -> {
                Duration after = retryAfter(headers);
                yield OutboundException.rateLimited(after == null ? Duration.ofSeconds(1) : after, message);
            }
            case 401, 403 -> new OutboundException(OutboundError.NO_ACCESS, message);
            case 404, 410 -> new OutboundException(OutboundError.CONVERSATION_GONE, message);
            case 413 -> new OutboundException(OutboundError.MESSAGE_TOO_LARGE, message);
            case 400 -> new OutboundException(OutboundError.MESSAGE_TOO_LARGE, message + " (a request Teams would not take)");
            default -> new OutboundException(OutboundError.TRANSIENT, message);
        };
    }

    private static void sleep(Duration wait, String what, int status) {
        log.info("Teams connector throttled {} ({}); trying again in {} ms", what, status, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundException(OutboundError.TRANSIENT, "interrupted while waiting to retry " + what);
        }
    }

    private static String id(JsonNode answer) {
        return answer.path("id").asText("");
    }

    private static URI url(String serviceUrl, String path) {
        return URI.create((serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/") + path);
    }

    private static String enc(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @FunctionalInterface
    private interface Call<T> {
        T run();
    }
}
