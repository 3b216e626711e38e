package se.connectbot.slack.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's side at the wire: WireMock standing in for the Web API ({@code /api/*}), the
 * {@code response_url}s ({@code /hooks/*}) and the file upload URL ({@code /upload/*}). One per
 * JVM, shared by the test classes; {@link #reset()} restores the default answers.
 */
public final class FakeSlack {

    public static final String TEAM = "T0NORDKUST";
    public static final String TEAM_NAME = "Nordkust Logistik";
    public static final String BOT_USER = "U0BOT";
    /** A user whose Slack locale is Swedish, one whose locale is English. */
    public static final String SWEDE = "U0ANNA";
    public static final String BRIT = "U0KARL";
    /** The direct-message conversation between the bot and {@link #BRIT}. */
    public static final String BRITS_DM = "D0KARLBOT";
    /** What conversations.open gives for a user's direct messages with the bot. */
    public static final String OPENED_DM = "D0OPENED";

    private static final FakeSlack INSTANCE = new FakeSlack();

    private final WireMockServer server;

    private FakeSlack() {
        server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true).containerThreads(60)
                .extensions(new History()));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        reset();
    }

    public static FakeSlack instance() {
        return INSTANCE;
    }

    public WireMockServer server() {
        return server;
    }

    public String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    public String responseUrl(String name) {
        return server.baseUrl() + "/hooks/" + name;
    }

    public void reset() {
        server.resetAll();
        api("auth.test", "{\"ok\":true,\"url\":\"https://nordkust.slack.com/\",\"team\":\"Nordkust\",\"user\":\"connect\","
                + "\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOT\"}");
        server.stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(9)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U0OTHER\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=" + SWEDE)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + SWEDE + "\",\"locale\":\"sv-SE\",\"real_name\":\"Sara Svensson\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=" + BRIT)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + BRIT + "\",\"locale\":\"en-GB\"}}")));
        api("team.info", "{\"ok\":true,\"team\":{\"id\":\"" + TEAM + "\",\"name\":\"" + TEAM_NAME + "\",\"domain\":\"nordkust\"}}");
        api("chat.postMessage", "{\"ok\":true,\"channel\":\"C0GENERAL\",\"ts\":\"1700000000.000100\"}");
        api("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}");
        api("chat.update", "{\"ok\":true,\"channel\":\"C0GENERAL\",\"ts\":\"1700000000.000100\"}");
        api("views.open", "{\"ok\":true,\"view\":{\"id\":\"V0OPENED\"}}");
        server.stubFor(post(urlPathEqualTo("/api/conversations.info")).atPriority(9)
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
        server.stubFor(post(urlPathEqualTo("/api/conversations.info")).withRequestBody(containing("channel=" + BRITS_DM)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + BRITS_DM + "\",\"is_im\":true,\"user\":\"" + BRIT + "\"}}")));
        api("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"" + OPENED_DM + "\"}}");
        api("files.getUploadURLExternal", "{\"ok\":true,\"upload_url\":\"" + server.baseUrl() + "/upload/F0FILE\",\"file_id\":\"F0FILE\"}");
        server.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK - 1234")));
        api("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F0FILE\",\"title\":\"file\"}]}");
        server.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        server.stubFor(post(urlPathEqualTo("/api/conversations.history")).atPriority(5)
                .willReturn(aResponse().withTransformers(History.NAME)));
    }

    /**
     * {@code conversations.history} as Slack keeps it: the messages this fake took by
     * {@code chat.postMessage} into the channel (not thread replies), newest first, each with the
     * {@code ts} its answer gave and, when {@code include_all_metadata} is asked for, the metadata
     * it was posted with; {@code oldest} compared with when the fake took the post (its answers'
     * fixed {@code ts} say nothing of time). A post is taken when its request arrives, before an
     * answer delayed by a stub goes out — as Slack has a message its caller never heard back about.
     */
    private final class History implements ResponseDefinitionTransformerV2 {

        static final String NAME = "slack-history";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Map<String, String> asked = form(event.getRequest());
            String channel = asked.getOrDefault("channel", "");
            double oldest = Double.parseDouble(asked.getOrDefault("oldest", "0"));
            String all = asked.getOrDefault("include_all_metadata", "false");
            boolean metadata = all.equals("1") || all.equals("true");
            JsonArray messages = new JsonArray();
            for (ServeEvent posted : server.getAllServeEvents()) { // newest first
                LoggedRequest request = posted.getRequest();
                if (!request.getUrl().startsWith("/api/chat.postMessage") || posted.getResponseDefinition() == null
                        || posted.getResponseDefinition().getBody() == null) {
                    continue;
                }
                Map<String, String> fields = form(request);
                JsonObject answer = json(posted.getResponseDefinition().getBody());
                if (!channel.equals(fields.get("channel")) || fields.containsKey("thread_ts") || !answer.get("ok").getAsBoolean()
                        || request.getLoggedDate().getTime() / 1000.0 < oldest) {
                    continue;
                }
                JsonObject message = new JsonObject();
                message.addProperty("type", "message");
                message.addProperty("ts", answer.get("ts").getAsString());
                message.addProperty("text", fields.getOrDefault("text", ""));
                message.addProperty("bot_id", "B0BOT");
                if (metadata && fields.containsKey("metadata")) {
                    message.add("metadata", json(fields.get("metadata")));
                }
                messages.add(message);
            }
            JsonObject body = new JsonObject();
            body.addProperty("ok", true);
            body.add("messages", messages);
            body.addProperty("has_more", false);
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    public void api(String method, String json) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).atPriority(5).willReturn(okJson(json)));
    }

    /** The requests made to a Web API method, e.g. {@code chat.postMessage}. */
    public List<LoggedRequest> calls(String method) {
        return requestsTo("/api/" + method);
    }

    public List<LoggedRequest> requestsTo(String path) {
        List<LoggedRequest> found = new ArrayList<>();
        for (LoggedRequest r : server.getAllServeEvents().stream().map(e -> e.getRequest()).toList()) {
            if (r.getUrl().equals(path) || r.getUrl().startsWith(path + "?")) {
                found.add(0, r);
            }
        }
        return found;
    }

    /** A Web API call's form fields. */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    public static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** Every text object in a JSON tree (blocks, fields, buttons...), with its type. */
    public static List<JsonObject> textObjects(JsonElement tree) {
        List<JsonObject> found = new ArrayList<>();
        collect(tree, found);
        return found;
    }

    private static void collect(JsonElement e, List<JsonObject> found) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(child -> collect(child, found));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type") && o.has("text") && o.get("text").isJsonPrimitive()
                    && ("plain_text".equals(o.get("type").getAsString()) || "mrkdwn".equals(o.get("type").getAsString()))) {
                found.add(o);
            }
            o.entrySet().forEach(entry -> collect(entry.getValue(), found));
        }
    }
}
