package se.connectbot.discord.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord faked at the wire, shared by every test of the JVM: its REST API on WireMock under
 * {@code /api/v10/} and a {@link FakeGateway}. Answers the calls JDA makes with what Discord would.
 */
public final class FakeDiscord {

    public static final String APPLICATION = "1100000000000000001";
    public static final String BOT = "1100000000000000002";
    public static final String GUILD = "1100000000000000003";
    public static final String CHANNEL = "1100000000000000004";
    public static final String DM_CHANNEL = "1100000000000000005";
    public static final String API = "/api/v10/";

    private static final AtomicLong LAST = new AtomicLong();
    private static final FakeDiscord INSTANCE = new FakeDiscord();

    private final FakeChannels channels = new FakeChannels();
    private final WireMockServer rest = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(channels));
    private final FakeGateway gateway;

    private FakeDiscord() {
        rest.start();
        gateway = new FakeGateway(botUser().toString());
        gateway.start();
        reset();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            rest.stop();
            try {
                gateway.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    public static FakeDiscord instance() {
        return INSTANCE;
    }

    public String apiUrl() {
        return rest.baseUrl() + API;
    }

    public FakeGateway gateway() {
        return gateway;
    }

    public WireMockServer rest() {
        return rest;
    }

    /** A fresh snowflake of now, so that JDA reckons an interaction's 15 minutes from now (STACK.md, trap 14). */
    public static String snowflake() {
        long id = TimeUtil.getDiscordTimestamp(System.currentTimeMillis());
        return Long.toUnsignedString(LAST.updateAndGet(last -> Math.max(last + 1, id)));
    }

    /** Back to the answers of a working Discord, with no request remembered. */
    public void reset() {
        rest.resetAll();
        rest.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":0,\"message\":\"404: Not Found\"}")));
        rest.stubFor(get(urlPathEqualTo(API + "users/@me")).willReturn(json(botUser().toString())));
        rest.stubFor(put(urlPathMatching(API + "applications/.*/commands")).willReturn(json("[]")));
        rest.stubFor(post(urlPathMatching(API + "interactions/.*/callback")).willReturn(aResponse().withStatus(204)));
        rest.stubFor(patch(urlPathMatching(API + "webhooks/.*/messages/@original")).willReturn(json(message(CHANNEL).toString())));
        rest.stubFor(post(urlPathMatching(API + "webhooks/[0-9]+/[^/]+")).willReturn(json(message(CHANNEL).toString())));
        channels.reset();
        rest.stubFor(post(urlPathMatching(API + "channels/[0-9]+/messages")).willReturn(aResponse().withTransformers(FakeChannels.NAME)));
        rest.stubFor(patch(urlPathMatching(API + "channels/[0-9]+/messages/[0-9]+")).willReturn(aResponse().withTransformers(FakeChannels.NAME)));
        rest.stubFor(post(urlPathEqualTo(API + "users/@me/channels")).willReturn(json(DataObject.empty().put("id", DM_CHANNEL).put("type", 1)
                .put("last_message_id", null).put("recipients", List.of(user("1100000000000000099", "someone").toMap())).toString())));
    }

    /** The messages in the channel as Discord shows them now (created, then edited), oldest first. */
    public List<DataObject> messagesIn(String channel) {
        return channels.in(channel);
    }

    /**
     * Makes every message the fake holds, and the nonce it was posted with, {@code by} older: as
     * if the try that posted it had been that long ago (the bot died, and another instance takes
     * the notice up after its lease).
     */
    public void age(Duration by) {
        channels.age(by);
    }

    /** The requests so far whose path matches, oldest first. */
    public List<LoggedRequest> requests(String method, String pathRegex) {
        return rest.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching(API + pathRegex))).stream()
                .filter(r -> r.getMethod().getName().equals(method))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static DataObject botUser() {
        return user(BOT, "Connect").put("bot", true);
    }

    public static DataObject user(String id, String name) {
        return DataObject.empty().put("id", id).put("username", name).put("global_name", name).put("discriminator", "0")
                .put("avatar", null).put("public_flags", 0);
    }

    /** A message as Discord answers a create or edit. */
    public static DataObject message(String channel) {
        return DataObject.empty().put("id", snowflake()).put("channel_id", channel).put("type", 0).put("content", "")
                .put("author", botUser()).put("timestamp", "2026-12-05T04:00:00.000000+00:00").put("edited_timestamp", null)
                .put("tts", false).put("mention_everyone", false).put("mentions", List.of()).put("mention_roles", List.of())
                .put("attachments", List.of()).put("embeds", List.of()).put("pinned", false).put("flags", 0).put("components", List.of());
    }
}
