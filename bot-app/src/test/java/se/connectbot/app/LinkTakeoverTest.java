package se.connectbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.app.SlackWorkspace.User;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.slack.testing.FakeSlack;

/**
 * The forwarded sign-in link, played as the attacker would, through Slack at the wire and two
 * browsers: Slack user Mallory asks for a sign-in link and forwards it to Anna; Anna signs in at
 * the portal and sees the confirmation page, but clicks nothing; Mallory, from his own browser,
 * with a CSRF token of his own session, posts the confirmation with the link's state. Before
 * the fix this linked Mallory's Slack user to Anna's portal account, with all her rights.
 */
@WholeBotTest
@ExtendWith(OutputCaptureExtension.class)
class LinkTakeoverTest {

    static final String ANNA = "anna.admin@nordkust.se";
    static final String PASSWORD = "connect-demo";
    static final String MALLORY = "U0ATTACK1";
    static final Pattern STATE_FIELD = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    @Autowired
    JdbcClient bot;

    SlackWorkspace slack;
    User mallory;

    @BeforeEach
    void slackKnowsMalloryByName() {
        slack = new SlackWorkspace(port);
        slack.slack.reset();
        slack.slack.server().stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=" + MALLORY)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + MALLORY + "\",\"locale\":\"sv-SE\",\"real_name\":\"Mallory Mallet\"}}")));
        mallory = slack.user(MALLORY, "D0MALLORY");
        bot.sql("delete from account_link where platform = 'SLACK' and user_id = :u").param("u", MALLORY).update();
    }

    @Test
    void theOneWhoForwardedTheLinkCannotConfirmItFromHisOwnBrowser(CapturedOutput log) {
        URI forwarded = signInLinkFor(mallory);
        WebChatClient annasBrowser = browser();
        HttpResponse<String> page = annasBrowser.followSignInLink(forwarded, ANNA, PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        String state = stateOf(page.body());

        WebChatClient mallorysBrowser = browser();
        mallorysBrowser.session();
        HttpResponse<String> forged = mallorysBrowser.postRaw(decision(state, "confirm"), "", true);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("kom inte från webbläsaren där inloggningen gjordes").doesNotContain("Anna Lindqvist");
        assertThat(linkedPortalUser(MALLORY)).as("Mallory acts as Anna").isEmpty();
        assertThat(mallory.command("fakturor").reply().text()).contains("Du behöver logga in i Connect-portalen först.");

        annasBrowser.session();
        HttpResponse<String> annaConfirmsLater = annasBrowser.postRaw(decision(state, "confirm"), "", true);
        assertThat(annaConfirmsLater.statusCode()).as("the attempt ended the sign-in: nobody can be talked into it later").isEqualTo(400);
        assertThat(linkedPortalUser(MALLORY)).isEmpty();
        assertThat(bot.sql("select count(*) from audit_event where chat_user_id = :u and outcome = 'REFUSED'")
                .param("u", MALLORY).query(Long.class).single()).isPositive();
        assertThat(log.getAll()).as("the log never holds a sign-in's state").doesNotContain(state);
    }

    @Test
    void theConfirmationPageNamesTheSlackUserAndSaysWhatConfirmingLetsHimDo() {
        HttpResponse<String> page = browser().followSignInLink(signInLinkFor(mallory), ANNA, PASSWORD);

        assertThat(page.body()).contains("Koppla portalanvändaren Anna Lindqvist till Slack-användaren Mallory Mallet (" + MALLORY
                        + ") i arbetsytan " + FakeSlack.TEAM_NAME + " (" + FakeSlack.TEAM + ")?")
                .contains("Om du bekräftar kan Slack-användaren Mallory Mallet (" + MALLORY + ")")
                .contains("använda Connect-portalen som Anna Lindqvist, med alla dina rättigheter")
                .contains("Har någon skickat länken till dig, välj Avbryt.");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("connect_confirm_")).findFirst().orElseThrow();
        assertThat(cookie).as("the browser's secret").contains("HttpOnly", "SameSite=Strict", "Path=/oauth/callback")
                .doesNotContain(stateOf(page.body()));
        Matcher maxAge = Pattern.compile("Max-Age=(\\d+)").matcher(cookie);
        assertThat(maxAge.find()).isTrue();
        assertThat(Integer.parseInt(maxAge.group(1))).as("valid for minutes").isBetween(1, 300);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void neitherTheStateNorTheBrowsersSecretIsEverLogged(CapturedOutput output) {
        WebChatClient annasBrowser = browser();
        HttpResponse<String> page = annasBrowser.followSignInLink(signInLinkFor(mallory), ANNA, PASSWORD);
        String state = stateOf(page.body());
        String secret = secretOf(page);
        WebChatClient mallorysBrowser = browser();
        mallorysBrowser.session();
        assertThat(mallorysBrowser.postRaw(decision(state, "confirm"), "", true).statusCode()).isEqualTo(400);
        assertThat(mallorysBrowser.get(URI.create("http://localhost:" + port
                + "/oauth/callback?code=replayed&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)))
                .statusCode()).as("a replayed callback").isEqualTo(400);
        assertThat(linkedPortalUser(MALLORY)).isEmpty();

        assertThat(output.getAll()).as("the refusal is logged").contains("a browser other than the one that signed in")
                .doesNotContain(state, secret, URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    @Test
    void tenConcurrentConfirmationsLinkOnceAndNoneFails(CapturedOutput output) throws Exception {
        WebChatClient annasBrowser = browser();
        HttpResponse<String> page = annasBrowser.followSignInLink(signInLinkFor(mallory), ANNA, PASSWORD);
        String state = stateOf(page.body());
        annasBrowser.session();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return annasBrowser.postRaw(decision(state, "confirm"), "", true).statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).as("one links, the others hear the link is used").containsOnly(200, 400);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(linkedPortalUser(MALLORY)).as("Anna did confirm, in her own browser").contains(ANNA);
        assertThat(output.getAll()).as("the log of ten confirmations at once").doesNotContain(state, secretOf(page))
                .doesNotContain("OptimisticLockingFailure");
    }

    /** The value of the one-time secret cookie the confirmation page came with. */
    private static String secretOf(HttpResponse<String> page) {
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("connect_confirm_")).findFirst()
                .orElseThrow(() -> new AssertionError("no secret cookie on the confirmation page"));
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertThat(value).hasSizeGreaterThan(20);
        return value;
    }

    private URI signInLinkFor(User user) {
        SlackWorkspace.Message prompt = user.command("logga in").reply(m -> m.buttons().stream().anyMatch(b -> b.has("url")));
        return URI.create(prompt.buttons().stream().filter(b -> b.has("url")).findFirst().orElseThrow().get("url").getAsString());
    }

    private java.util.Optional<String> linkedPortalUser(String slackUser) {
        return bot.sql("select portal_username from account_link where platform = 'SLACK' and user_id = :u")
                .param("u", slackUser).query(String.class).optional();
    }

    private WebChatClient browser() {
        return new WebChatClient(URI.create("http://localhost:" + port));
    }

    private static String decision(String state, String decision) {
        return "/oauth/callback?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&decision=" + decision;
    }

    private static String stateOf(String html) {
        Matcher m = STATE_FIELD.matcher(html);
        assertThat(m.find()).as("a state field in %s", html).isTrue();
        return m.group(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
