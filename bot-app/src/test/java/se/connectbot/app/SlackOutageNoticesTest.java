package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.connectbot.app.SlackWorkspace.Message;
import se.connectbot.app.SlackWorkspace.User;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.core.notice.OutagePoller;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageResolution;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;
import se.connectbot.slack.testing.FakeSlack;

/**
 * Outage notices in the running application with Slack at the wire: subscribe with the slash
 * command, publish, update and resolve through the sandbox's operator API (client
 * {@code connect-operator}), and see exactly one {@code chat.postMessage} for the outage, then
 * {@code chat.update}s of that message and replies in its thread — delivered by the application's
 * own outbox thread, with the poller run at once instead of waiting for its 30 s.
 */
@WholeBotTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackOutageNoticesTest {

    private static final String CHANNEL = "C0OUTAGES";
    private static final String CHANNEL_EN = "C0OUTAGESEN";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    @Autowired
    OutagePoller poller;

    SlackWorkspace slack;
    User anna;
    OperatorPortal operator;

    @BeforeAll
    void signInAnnaInTheOperationsChannel() {
        slack = new SlackWorkspace(port);
        slack.slack.reset();
        anna = slack.user("U0ANNAOPS", CHANNEL);
        signIn(anna, SlackEndToEndTest.ANNA);
        operator = PortalClients.operator(PortalClientConfig.of(sandbox.baseUrl(), "connect-operator", "connect-operator-secret")
                .withCache(PortalClientConfig.CacheSettings.disabled()));
    }

    @Test
    void oneMessagePerOutageUpdatedInPlaceWithThreadRepliesUntilResolved() {
        slack.slack.reset();
        Message subscribed = anna.command("prenumerera drift Kiruna").reply();
        assertThat(subscribed.ephemeral()).as("the channel sees its subscription").isFalse();
        assertThat(subscribed.text()).contains("Prenumeration #", "Kiruna", "Ägare: Anna Lindqvist");
        poller.poll(); // the feed's cursor exists from here on (the scheduled poll may have taken it already)

        Outage published = operator.createOutage(new NewOutage("Kabelbrott <!channel> Kiruna", "Grävskada vid E10. @here",
                OutageKind.FIXED, List.of(), Outage.Severity.MAJOR, List.of("Kiruna"), List.of("981 31"), null,
                Instant.now().plus(Duration.ofHours(3))), "issue-9-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> posts().size() == 1);
        Map<String, String> post = posts().get(0);
        assertThat(post).doesNotContainKey("thread_ts");
        assertThat(post.get("text") + post.get("blocks")).contains("Kabelbrott", "Kiruna", "Större")
                .doesNotContain("<!channel>").doesNotContain("<!here>");
        assertThat(post.get("text")).as("the portal's text is escaped, so it cannot ping the channel").contains("&lt;!channel&gt;");
        assertThat(post.get("blocks")).contains("Fortfarande problem för oss?");

        operator.updateOutage(published.id(), OutagePatch.updateText("Skarvning pågår"));
        poller.poll();
        await().atMost(PATIENCE).until(() -> slack.slack.calls("chat.update").size() == 1 && threads().size() == 1);
        Map<String, String> update = FakeSlack.form(slack.slack.calls("chat.update").get(0));
        assertThat(update).containsEntry("channel", CHANNEL).containsEntry("ts", "1700000000.000100");
        assertThat(update.get("blocks")).contains("Skarvning pågår");
        assertThat(threads().get(0)).containsEntry("thread_ts", "1700000000.000100");
        assertThat(threads().get(0).get("text")).contains("Skarvning pågår");

        operator.resolveOutage(published.id(), new OutageResolution("Lagat"), "issue-9-resolve-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> slack.slack.calls("chat.update").size() == 2 && threads().size() == 2);
        assertThat(FakeSlack.form(slack.slack.calls("chat.update").get(1)).get("blocks")).contains("Åtgärdad");
        assertThat(posts()).as("still the one message").hasSize(1);
        assertThat(anna.command("drift Kiruna").reply().text()).contains("Inga aktuella driftstörningar för Kiruna");
    }

    /** Someone who speaks English to the bot subscribes: the card, its update, its thread and its resolution are English. */
    @Test
    void anEnglishSubscriptionGetsEnglishCardsAtTheWire() {
        User eva = slack.user("U0ANNAEN", CHANNEL_EN);
        signIn(eva, SlackEndToEndTest.ANNA);
        assertThat(eva.command("language en").reply().text()).contains("English");
        assertThat(eva.command("subscribe outages Luleå").reply().text()).contains("Subscription #", "Owner: Anna Lindqvist");
        poller.poll();

        Outage published = operator.createOutage(new NewOutage("Kabelbrott Luleå", "Grävskada vid hamnen.", OutageKind.FIXED,
                List.of(), Outage.Severity.MAJOR, List.of("Luleå"), List.of("972 31"), null, Instant.now().plus(Duration.ofHours(3))),
                "g-lang-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> posts(CHANNEL_EN).size() == 1);
        assertThat(posts(CHANNEL_EN).get(0).get("blocks")).contains("Outage: Kabelbrott Luleå", "Major", "Still a problem for us?")
                .doesNotContain("Driftstörning", "Större");

        operator.updateOutage(published.id(), OutagePatch.updateText("Skarvning pågår"));
        poller.poll();
        await().atMost(PATIENCE).until(() -> updates(CHANNEL_EN).size() == 1 && threads(CHANNEL_EN).size() == 1);
        assertThat(updates(CHANNEL_EN).get(0).get("blocks")).contains("Latest update", "Skarvning pågår");
        assertThat(threads(CHANNEL_EN).get(0).get("text")).startsWith("Update");

        operator.resolveOutage(published.id(), new OutageResolution("Lagat"), "g-lang-resolve-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> updates(CHANNEL_EN).size() == 2);
        assertThat(updates(CHANNEL_EN).get(1).get("blocks")).contains("Resolved: Kabelbrott Luleå").doesNotContain("Åtgärdad");
    }

    @Test
    void theNoticeArrivesInTheWebChatAndIsUpdatedThere() {
        WebChatClient web = new WebChatClient(URI.create("http://localhost:" + port));
        web.session();
        web.signIn(WebChatEndToEndTest.ANNA, WebChatEndToEndTest.PASSWORD);
        web.session();
        assertThat(web.say("prenumerera drift Lycksele").toString()).contains("Prenumeration #");
        poller.poll();

        Outage published = operator.createOutage(new NewOutage("Störning 4G Lycksele", "En basstation är ur drift.",
                OutageKind.MOBILE, List.of(se.connectbot.portal.api.Network.G4), Outage.Severity.MINOR, List.of("Lycksele"),
                List.of(), null, null), "issue-9-web-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> pushed(web).contains("Störning 4G Lycksele"));
        operator.resolveOutage(published.id(), new OutageResolution(null), "issue-9-web-resolve-" + UUID.randomUUID());
        poller.poll();
        await().atMost(PATIENCE).until(() -> pushed(web).contains("Åtgärdad: Störning 4G Lycksele"));
    }

    private String pushed(WebChatClient client) {
        HttpResponse<String> response = client.get(URI.create("http://localhost:" + port + "/api/chat/pushed?after=0"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private List<Map<String, String>> posts() {
        return posts(CHANNEL);
    }

    private List<Map<String, String>> threads() {
        return threads(CHANNEL);
    }

    private List<Map<String, String>> posts(String channel) {
        return messagesTo(channel).stream().filter(f -> !f.containsKey("thread_ts")).toList();
    }

    private List<Map<String, String>> threads(String channel) {
        return messagesTo(channel).stream().filter(f -> f.containsKey("thread_ts")).toList();
    }

    private List<Map<String, String>> updates(String channel) {
        return slack.slack.calls("chat.update").stream().map(FakeSlack::form).filter(f -> channel.equals(f.get("channel"))).toList();
    }

    private List<Map<String, String>> messagesTo(String channel) {
        return slack.slack.calls("chat.postMessage").stream().map(FakeSlack::form)
                .filter(f -> channel.equals(f.get("channel"))).toList();
    }

    /** Links the Slack user through the sandbox's login form, as SlackEndToEndTest does. */
    private void signIn(User user, String username) {
        Message prompt = user.command("logga in").reply(m -> m.buttons().stream().anyMatch(b -> b.has("url")));
        String link = prompt.buttons().stream().filter(b -> b.has("url")).findFirst().orElseThrow().get("url").getAsString();
        WebChatClient browser = new WebChatClient(URI.create("http://localhost:" + port));
        HttpResponse<String> page = browser.followSignInLink(URI.create(link), username, SlackEndToEndTest.PASSWORD);
        if (page.statusCode() == 200 && page.body().contains("name=\"decision\"")) {
            Matcher state = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(state.find()).isTrue();
            browser.session();
            page = browser.postRaw("/oauth/callback?state=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                    + "&decision=confirm", "", true);
        }
        assertThat(page.statusCode()).as("the callback page: %s", page.body()).isEqualTo(200);
    }
}
