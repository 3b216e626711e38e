package se.connectbot.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.StoredConversation;
import se.connectbot.coretesting.ScriptedEngine;
import se.connectbot.slack.deliver.SlackSender;
import se.connectbot.slack.testing.MemoryConversations;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackTestApplication;

/** Distribution mode: workspaces install the app through Slack's OAuth flow. */
@SpringBootTest(classes = SlackTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "SLACK_SIGNING_SECRET=" + InstallFlowTest.SECRET,
                "SLACK_CLIENT_ID=1111.2222",
                "SLACK_CLIENT_SECRET=client-secret-for-tests",
                "connectbot.public-base-url=https://bot.example.se",
                "embedded-db.database=slack_distributed",
                "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
class InstallFlowTest {

    static final String SECRET = "distribution-signing-secret";
    private static final String NEW_TEAM = "T0FJALL";
    private static final String INSTALLED_TOKEN = "xoxb-fjallbygg-installed-secret";

    private static final FakeSlack slack = FakeSlack.instance();
    private static final SignedRequests requests = new SignedRequests(SECRET);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SlackSender sender;
    @Autowired
    MemoryConversations conversations;
    @Autowired
    JdbcInstallationService installations;
    @Autowired
    ScriptedEngine engine;
    @Autowired
    InstallationEvents events;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", slack::apiUrl);
    }

    @BeforeEach
    void reset() {
        requests.baseUrl("http://localhost:" + port);
        engine.reset();
        slack.reset();
        slack.api("oauth.v2.access", "{\"ok\":true,\"app_id\":\"A123\",\"authed_user\":{\"id\":\"U0ERIK\"},"
                + "\"scope\":\"commands,chat:write\",\"token_type\":\"bot\",\"access_token\":\"" + INSTALLED_TOKEN + "\","
                + "\"bot_user_id\":\"U0BOT2\",\"team\":{\"id\":\"" + NEW_TEAM + "\",\"name\":\"Fjällbygg\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false}");
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/auth.test"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + INSTALLED_TOKEN))
                .atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":true,\"team_id\":\"" + NEW_TEAM
                        + "\",\"user_id\":\"U0BOT2\",\"bot_id\":\"B0BOT2\",\"url\":\"https://fjallbygg.slack.com/\"}")));
        jdbc.sql("delete from slack_installation").update();
        jdbc.sql("delete from slack_installation_event").update();
    }

    @Test
    void installFlowStoresTheWorkspacesTokenEncryptedAndTheBotThenActsWithIt() {
        String state = install();

        HttpResponse<String> done = requests.get("/slack/oauth_redirect?code=code-123&state=" + state,
                Map.of("Cookie", "slack-app-oauth-state=" + state));

        assertThat(done.statusCode()).isEqualTo(200);
        Map<String, String> access = FakeSlack.form(slack.calls("oauth.v2.access").get(0));
        assertThat(access).containsEntry("code", "code-123").containsEntry("redirect_uri", "https://bot.example.se/slack/oauth_redirect");
        String stored = jdbc.sql("select bot_token_enc from slack_installation where team_key = :t").param("t", NEW_TEAM)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(INSTALLED_TOKEN);
        assertThat(installations.findBot(null, NEW_TEAM).getBotAccessToken()).isEqualTo(INSTALLED_TOKEN);

        requests.sendEvent(dm("Ev0FJALL1"), Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> !slack.calls("chat.postMessage").isEmpty());
        assertThat(slack.calls("chat.postMessage").get(0).getHeader("Authorization")).isEqualTo("Bearer " + INSTALLED_TOKEN);
        assertThat(engine.received().get(0).user().workspaceId()).isEqualTo(NEW_TEAM);
    }

    @Test
    void redirectWithAStateThatWasNeverIssuedStoresNothing() {
        install();

        HttpResponse<String> done = requests.get("/slack/oauth_redirect?code=code-456&state=forged",
                Map.of("Cookie", "slack-app-oauth-state=forged"));

        assertThat(done.statusCode()).isNotEqualTo(302);
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
        assertThat(installations.findBot(null, NEW_TEAM)).isNull();
    }

    @Test
    void uninstallingTheAppDeletesTheInstallation() {
        String state = install();
        requests.get("/slack/oauth_redirect?code=code-1&state=" + state, Map.of("Cookie", "slack-app-oauth-state=" + state));
        assertThat(installations.findBot(null, NEW_TEAM)).isNotNull();

        HttpResponse<String> ack = requests.sendEvent(event("Ev0UNINSTALL", "{\"type\":\"app_uninstalled\"}"), Map.of());

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> installations.findBot(null, NEW_TEAM) == null);
    }

    @Test
    void revokedBotTokenDeletesTheInstallation() {
        String state = install();
        requests.get("/slack/oauth_redirect?code=code-2&state=" + state, Map.of("Cookie", "slack-app-oauth-state=" + state));

        requests.sendEvent(event("Ev0REVOKED", "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"U0BOT2\"]}}"), Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> installations.findBot(null, NEW_TEAM) == null);
    }

    @Test
    void commandFromAWorkspaceThatHasNotInstalledTheAppNeverReachesTheCore() throws InterruptedException {
        HttpResponse<String> response = requests.sendForm(SignedRequests.slashCommand("T0UNKNOWN", "C0X", "U0X",
                "status", "trigger-unknown", slack.responseUrl("unknown")));

        assertThat(response.statusCode()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void boltsInstallNoteToAWorkspaceWithoutTheAppGoesToNoHostButSlacks() throws InterruptedException {
        String elsewhere = slack.responseUrl("not-slack").replace("localhost", "127.0.0.1");

        HttpResponse<String> response = requests.sendForm(SignedRequests.slashCommand("T0UNKNOWN", "C0X", "U0X",
                "status", "trigger-unknown-2", elsewhere));

        assertThat(response.statusCode()).isLessThan(500);
        Thread.sleep(500);
        assertThat(slack.requestsTo("/hooks/not-slack")).isEmpty();
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void rateLimitedAuthTestIsNotWaitedOutOnTheRequestThread() {
        installWithToken("xoxb-fjallbygg-rate-limited", "code-429");
        slack.server().stubFor(WireMock.post(WireMock.urlPathEqualTo("/api/auth.test")).atPriority(0)
                .willReturn(WireMock.aResponse().withStatus(429).withHeader("Retry-After", "2")));
        int before = slack.calls("auth.test").size(); // the install itself checked its new token

        long start = System.nanoTime();
        HttpResponse<String> response = requests.sendEvent(dm("Ev0AUTH429"), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(1_500);
        assertThat(response.statusCode()).isEqualTo(503); // Bolt's answer when auth.test fails: Slack retries the event
        assertThat(slack.calls("auth.test")).hasSize(before + 1);
    }

    @Test
    void slowAuthTestIsCutShortSoThatSlackGetsAnAnswerWithinItsThreeSeconds() {
        installWithToken("xoxb-fjallbygg-slow-auth", "code-slow");
        slack.server().stubFor(WireMock.post(WireMock.urlPathEqualTo("/api/auth.test")).atPriority(0)
                .willReturn(WireMock.okJson("{\"ok\":true,\"team_id\":\"" + NEW_TEAM + "\",\"user_id\":\"U0BOT2\"}")
                        .withFixedDelay(6_000)));

        long start = System.nanoTime();
        requests.sendEvent(dm("Ev0AUTHSLOW"), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(3_000);
    }

    @Test
    void uninstallIsAcknowledgedAtOnceEvenWhileTheInstallationRowIsLocked() throws Exception {
        installWithToken("xoxb-fjallbygg-uninstall-locked", "code-lock");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select * from slack_installation where team_key = ? for update")) {
                select.setString(1, NEW_TEAM);
                select.executeQuery().close();
            }

            java.util.concurrent.CompletableFuture<HttpResponse<String>> ack = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> requests.sendEvent(event("Ev0UNINSTALLLOCKED", "{\"type\":\"app_uninstalled\"}"), Map.of()));
            try {
                assertThat(ack.get(2, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            } finally {
                lock.rollback();
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> installations.findBot(null, NEW_TEAM) == null);
    }

    @Test
    void anUninstallAcknowledgedByAnInstanceThatDiedBeforeApplyingItIsAppliedByHousekeeping() {
        installWithToken("xoxb-fjallbygg-uninstall-left", "code-left");
        jdbc.sql("update slack_installation set installed_at = now() - interval '10 minutes' where team_key = :t")
                .param("t", NEW_TEAM).update();
        // what the listener records before acknowledging; its instance dies before the workers apply it
        events.record(InstallationEvents.Kind.UNINSTALLED, null, NEW_TEAM, List.of(), List.of()).orElseThrow();
        assertThat(events.sweep()).as("too fresh: the acknowledging instance may still apply it").isZero();
        assertThat(installations.findBot(null, NEW_TEAM)).isNotNull();

        jdbc.sql("update slack_installation_event set received_at = received_at - interval '2 minutes'").update();
        assertThat(events.sweep()).isEqualTo(1);

        assertThat(installations.findBot(null, NEW_TEAM)).isNull();
        assertThat(eventsKept()).isZero();
    }

    @Test
    void aWorkspaceThatInstalledAgainAfterAnUninstallKeepsItsNewInstallation() {
        events.record(InstallationEvents.Kind.UNINSTALLED, null, NEW_TEAM, List.of(), List.of()).orElseThrow();
        events.record(InstallationEvents.Kind.TOKENS_REVOKED, null, NEW_TEAM, List.of("U0BOT2"), List.of("U0ERIK")).orElseThrow();
        jdbc.sql("update slack_installation_event set received_at = received_at - interval '2 minutes'").update();
        installWithToken("xoxb-fjallbygg-installed-again", "code-again");

        assertThat(events.sweep()).isEqualTo(2);

        assertThat(installations.findBot(null, NEW_TEAM).getBotAccessToken()).isEqualTo("xoxb-fjallbygg-installed-again");
        assertThat(eventsKept()).isZero();
    }

    @Test
    void anAppliedEventIsNotKept() {
        installWithToken("xoxb-fjallbygg-uninstall-applied", "code-applied");

        requests.sendEvent(event("Ev0UNINSTALLAPPLIED", "{\"type\":\"app_uninstalled\"}"), Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> installations.findBot(null, NEW_TEAM) == null && eventsKept() == 0);
    }

    private long eventsKept() {
        return jdbc.sql("select count(*) from slack_installation_event").query(Long.class).single();
    }

    @Test
    void channelPostInAWorkspaceOfAnOrgWideInstallationUsesTheOrganisationsToken() {
        com.slack.api.bolt.model.builtin.DefaultInstaller grid = new com.slack.api.bolt.model.builtin.DefaultInstaller();
        grid.setAppId("A123");
        grid.setEnterpriseId("E0GRID");
        grid.setIsEnterpriseInstall(true);
        grid.setTeamId(null);
        grid.setInstallerUserId("U0ADMIN");
        grid.setBotId("B0GRID");
        grid.setBotUserId("U0BOTGRID");
        grid.setBotAccessToken("xoxb-grid-organisation");
        grid.setInstalledAt(System.currentTimeMillis());
        installations.saveInstallerAndBot(grid);
        ConversationRef channel = new ConversationRef(Platform.SLACK, "T0GRIDWS", "C0DRIFT", true);

        conversations.addPlatformData(channel, Map.of(StoredConversation.SLACK_ENTERPRISE_ID, "E0GRID"));
        Outbound outbound = new Outbound(java.util.List.of(sender));

        MessageRef posted = outbound.post(channel, Reply.text("Driftstörning i Umeå"));
        outbound.update(posted, Reply.text("Åtgärdad"));

        assertThat(slack.calls("chat.postMessage").get(0).getHeader("Authorization")).isEqualTo("Bearer xoxb-grid-organisation");
        assertThat(slack.calls("chat.update").get(0).getHeader("Authorization")).isEqualTo("Bearer xoxb-grid-organisation");
        assertThat(posted.organisationId()).as("kept with the message, for the update").isEqualTo("E0GRID");
        ConversationRef unknown = new ConversationRef(Platform.SLACK, "T0OTHERWS", "C0DRIFT", true);
        assertThatThrownBy(() -> outbound.post(unknown, Reply.text("utan organisation")))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.NO_ACCESS));
    }

    /** Installs the new workspace with a token of its own, so that no earlier auth.test of it is cached. */
    private void installWithToken(String token, String code) {
        slack.api("oauth.v2.access", "{\"ok\":true,\"app_id\":\"A123\",\"authed_user\":{\"id\":\"U0ERIK\"},"
                + "\"scope\":\"commands,chat:write\",\"token_type\":\"bot\",\"access_token\":\"" + token + "\","
                + "\"bot_user_id\":\"U0BOT2\",\"team\":{\"id\":\"" + NEW_TEAM + "\",\"name\":\"Fjällbygg\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false}");
        String state = install();
        requests.get("/slack/oauth_redirect?code=" + code + "&state=" + state, Map.of("Cookie", "slack-app-oauth-state=" + state));
        assertThat(installations.findBot(null, NEW_TEAM).getBotAccessToken()).isEqualTo(token);
    }

    /** Starts the install flow; returns the state Slack will hand back. */
    private String install() {
        HttpResponse<String> page = requests.get("/slack/install", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("slack-app-oauth-state=").contains("HttpOnly").contains("Secure");
        Matcher authorize = Pattern.compile("https://slack.com/oauth/v2/authorize\\?[^\"']+").matcher(page.body());
        assertThat(authorize.find()).isTrue();
        String url = URLDecoder.decode(authorize.group().replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertThat(url).contains("client_id=1111.2222").contains("scope=commands,chat:write")
                .contains("redirect_uri=https://bot.example.se/slack/oauth_redirect");
        String state = cookie.substring("slack-app-oauth-state=".length(), cookie.indexOf(';'));
        assertThat(url).contains("state=" + state);
        return state;
    }

    private static String dm(String eventId) {
        return event(eventId, "{\"type\":\"message\",\"channel\":\"D0ERIK\",\"channel_type\":\"im\",\"user\":\"U0ERIK\","
                + "\"text\":\"status\",\"ts\":\"5.5\"}");
    }

    private static String event(String eventId, String eventJson) {
        return "{\"token\":\"x\",\"team_id\":\"" + NEW_TEAM + "\",\"api_app_id\":\"A123\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"team_id\":\"" + NEW_TEAM + "\",\"user_id\":\"U0BOT2\",\"is_bot\":true}],"
                + "\"event\":" + eventJson + "}";
    }
}
