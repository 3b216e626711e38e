package se.connectbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.connectbot.app.SlackWorkspace.Message;
import se.connectbot.app.SlackWorkspace.User;
import se.connectbot.embeddeddb.testing.ChildApplications;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;
import se.connectbot.slack.testing.FakeSlack;

/**
 * Issue 9's crash test: the bot as {@code java} runs it (a child JVM, as in {@link CrashRestartTest}),
 * Slack faked at the wire in this JVM ({@link FakeSlack}, counting {@code chat.postMessage} per
 * channel), {@value #CHANNELS} subscribed channels, one outage published through the sandbox's
 * operator API, the bot SIGKILLed while part of the channels have their post, started once more on
 * the same data, and then: every channel has its post, exactly one, even where the post was in
 * flight at the kill — Slack had taken it, but the killed JVM had not committed its reference
 * ({@code outage_notice}): the restarted bot finds those by their marker in the channel's history
 * ({@code conversations.history}, which the fake answers from the posts it took) instead of posting
 * again. That set is read from PostgreSQL right after the kill (the killed JVM leaves its embedded
 * server running), and the test checks each of them was looked up; it is at most one claimed batch.
 */
class OutageFanOutCrashTest {

    private static final int CHANNELS = 300;
    /** Rows one instance claims at once: no more posts than this can be in flight at a kill. */
    private static final int BATCH = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PREFIX = "C0FAN";
    private final ChildApplications children = new ChildApplications("fan-out-crash");
    private final FakeSlack slack = FakeSlack.instance();

    @Test
    void everyChannelGetsItsPostOnceAcrossAKillDuringTheFanOut() throws Exception {
        assumeTrue(ChildApplications.onLinux(), "the leftover embedded PostgreSQL is recognised through /proc: Linux only");
        slack.reset();
        // Slack answers the fan-out's posts after 150 ms, so that a kill can fall in the middle of it
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=" + PREFIX))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"channel\":\"C0FAN\",\"ts\":\"1700000000.000100\"}")
                        .withFixedDelay(150)));
        int port = ChildApplications.freePort();
        int sandboxPort = ChildApplications.freePort();

        Process first = start(port, sandboxPort, "first");
        children.awaitHealthy(first, port, "first");
        SlackWorkspace workspace = new SlackWorkspace(port);
        User anna = workspace.user("U0ANNACRASH", channel(0));
        signIn(anna, port);
        Message subscribed = anna.command("prenumerera drift Kiruna").reply();
        assertThat(subscribed.text()).contains("Prenumeration #", "Kiruna");

        String outageId;
        try (Connection db = database()) {
            // the other channels subscribe as the first did: the same owner, filter and scope, each its own row
            int copied = update(db, """
                    insert into outage_subscription (platform, workspace_id, channel_id, shared, owner_user_id,
                        owner_portal_user_id, owner_portal_name, language, filter, scope, quiet, state, failures, created_at, changed_at,
                        owner_workspace_id)
                    select platform, workspace_id, '%s' || lpad(g::text, 4, '0'), shared, owner_user_id, owner_portal_user_id,
                        owner_portal_name, language, filter, scope, quiet, state, failures, created_at, changed_at, owner_workspace_id
                    from outage_subscription, generate_series(1, %d) g where channel_id = '%s'""".formatted(PREFIX, CHANNELS - 1, channel(0)));
            assertThat(copied).isEqualTo(CHANNELS - 1);
            await("the poller holds a cursor in the feed", () -> count(db, "select count(*) from outage_feed") > 0);

            OperatorPortal operator = PortalClients.operator(PortalClientConfig.of(URI.create("http://127.0.0.1:" + sandboxPort),
                    "connect-operator", "connect-operator-secret").withCache(PortalClientConfig.CacheSettings.disabled()));
            outageId = operator.createOutage(new NewOutage("Kabelbrott Kiruna", "Grävskada vid E10.", OutageKind.FIXED, List.of(),
                    Outage.Severity.MAJOR, List.of("Kiruna"), List.of("981 31"), null, Instant.now().plus(Duration.ofHours(3))),
                    "issue-9-crash-" + UUID.randomUUID()).id();

            await("a third of the channels have their post", () -> posts().size() >= CHANNELS / 3);
        }
        ChildApplications.kill(first); // in the middle of the fan-out
        Map<String, Integer> beforeRestart = posts();
        Set<String> stored;
        try (Connection db = database()) {
            stored = strings(db, "select channel_id from outage_notice where outage_id = '" + outageId + "'");
        }
        Set<String> inFlight = new HashSet<>(beforeRestart.keySet());
        inFlight.removeAll(stored);
        assertThat(beforeRestart.size()).as("the kill fell in the middle of the fan-out").isBetween(1, CHANNELS - 1);
        assertThat(stored).as("a stored reference means Slack had the post").isSubsetOf(beforeRestart.keySet());
        assertThat(inFlight.size()).as("in flight at the kill: at most one claimed batch").isLessThanOrEqualTo(BATCH);

        Process second = start(port, sandboxPort, "second");
        children.awaitHealthy(second, port, "second");
        try (Connection db = database()) {
            await("every channel has its post and the outbox is empty", () -> posts().size() == CHANNELS
                    && count(db, "select count(*) from outage_outbox") == 0);
        }
        Map<String, Integer> after = posts();
        Set<String> twice = after.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(after).as("none lost").hasSize(CHANNELS);
        assertThat(twice).as("none posted twice, not even the %d in flight at the kill: found in the channel's history by "
                + "their marker, not posted again", inFlight.size()).isEmpty();
        Set<String> lookedUp = slack.calls("conversations.history").stream().map(FakeSlack::form).map(f -> f.get("channel"))
                .collect(Collectors.toSet());
        assertThat(lookedUp).as("each post in doubt was looked for before anything else was done there").containsAll(inFlight);
        System.out.printf("fan-out crash: %d channels, %d posted before the kill, %d in flight at it, %d posted twice%n",
                CHANNELS, beforeRestart.size(), inFlight.size(), twice.size());
    }

    /** chat.postMessage calls that start a message (not thread replies) per fan-out channel. */
    private Map<String, Integer> posts() {
        Map<String, Integer> counts = new TreeMap<>();
        slack.calls("chat.postMessage").stream().map(FakeSlack::form)
                .filter(f -> f.getOrDefault("channel", "").startsWith(PREFIX) && !f.containsKey("thread_ts"))
                .forEach(f -> counts.merge(f.get("channel"), 1, Integer::sum));
        return counts;
    }

    private static String channel(int n) {
        return PREFIX + String.format(Locale.ROOT, "%04d", n);
    }

    private Process start(int port, int sandboxPort, String name) throws IOException {
        return children.start(ConnectBotApplication.class, name,
                "--server.port=" + port, "--connectbot.sandbox.port=" + sandboxPort,
                "--connectbot.public-base-url=http://localhost:" + port,
                "--SLACK_SIGNING_SECRET=" + SlackWorkspace.SIGNING_SECRET, "--SLACK_BOT_TOKEN=" + SlackWorkspace.BOT_TOKEN,
                "--SLACK_API_URL=" + slack.apiUrl(), "--connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY,
                "--connectbot.outages.poll-interval=1s", "--db-scheduler.polling-interval=1s",
                "--connectbot.outages.batch=" + BATCH,
                // the killed instance's claims must come free soon for the test; production keeps 2 minutes
                "--connectbot.outages.lease=10s");
    }

    /** The bot's database on the embedded server the child runs (port from its postmaster.pid, password beside the data). */
    private Connection database() throws IOException, SQLException {
        Path data = children.dataDirectory();
        List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
        String password = Files.readString(data.resolveSibling(data.getFileName() + ".password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/bot", "postgres", password);
    }

    private static int update(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static long count(Connection db, String sql) {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Links the Slack user through the sandbox's login form, as SlackOutageNoticesTest does. */
    private static void signIn(User user, int port) {
        Message prompt = user.command("logga in").reply(m -> m.buttons().stream().anyMatch(b -> b.has("url")));
        String link = prompt.buttons().stream().filter(b -> b.has("url")).findFirst().orElseThrow().get("url").getAsString();
        WebChatClient browser = new WebChatClient(URI.create("http://localhost:" + port));
        HttpResponse<String> page = browser.followSignInLink(URI.create(link), SlackEndToEndTest.ANNA, SlackEndToEndTest.PASSWORD);
        if (page.statusCode() == 200 && page.body().contains("name=\"decision\"")) {
            Matcher state = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(state.find()).isTrue();
            browser.session();
            page = browser.postRaw("/oauth/callback?state=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                    + "&decision=confirm", "", true);
        }
        assertThat(page.statusCode()).as("the callback page: %s", page.body()).isEqualTo(200);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        children.close();
        slack.reset();
    }
}
