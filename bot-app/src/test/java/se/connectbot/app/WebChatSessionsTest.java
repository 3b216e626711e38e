package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.connectbot.app.WebChatEndToEndTest.choices;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import se.connectbot.app.sandbox.RunningSandbox;
import tools.jackson.databind.JsonNode;

/**
 * Web chat sessions live in PostgreSQL: another bot on the same database (a restart, or a second
 * instance) knows the browser, signed in, with its dialog open; and the account link of a
 * session that has ended is forgotten.
 */
@WholeBotTest
class WebChatSessionsTest {

    static final String ANNA = "anna.admin@nordkust.se";
    static final String KARL = "karl.konto@nordkust.se";
    static final String PASSWORD = "connect-demo";

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aNewBotOnTheSameDatabaseKeepsTheBrowserSignedInWithItsDialogOpen() {
        WebChatClient anna = new WebChatClient(bot());
        anna.session();
        anna.signIn(ANNA, PASSWORD);
        JsonNode offer = anna.say("fyll på");
        JsonNode firstAnswer = dialogChoices(offer).get(0);

        try (ConfigurableApplicationContext restarted = anotherBotOnTheSameDatabase()) {
            WebChatClient sameBrowser = anna.at(URI.create("http://localhost:" + portOf(restarted)));

            JsonNode session = sameBrowser.session();
            assertThat(session.get("signedIn").asBoolean()).isTrue();
            assertThat(session.get("userName").asString()).isEqualTo("Anna Lindqvist");
            JsonNode next = sameBrowser.click(firstAnswer);
            assertThat(dialogChoices(next)).as("the dialog goes on to its next step: %s", next).isNotEmpty();
        }
    }

    @Test
    void forgetsTheAccountLinkOfAnExpiredSessionButNotOfALiveOne() {
        WebChatClient karl = signedIn(KARL);
        String karlsUser = newestWebLink(() -> { });
        WebChatClient anna = new WebChatClient(bot());
        String annasUser = newestWebLink(() -> {
            anna.session();
            anna.signIn(ANNA, PASSWORD);
        });
        JdbcClient portal = new SandboxData(sandbox).jdbc();
        String annasAuthorization = portal.sql("select id from oauth2_authorization where principal_name = :u"
                + " and refresh_token_value is not null order by access_token_issued_at desc limit 1").param("u", ANNA).query(String.class).single();
        assertThat(refreshTokenMetadata(portal, annasAuthorization)).doesNotContain("\"metadata.token.invalidated\":true");
        jdbc.sql("update spring_session set expiry_time = 0 where principal_name = :user").param("user", annasUser).update();

        ReflectionTestUtils.invokeMethod(context.getBean("webChatLinkCleanup"), "forgetLinksOfEndedSessions");

        assertThat(webLinks()).doesNotContain(annasUser).contains(karlsUser);
        assertThat(refreshTokenMetadata(portal, annasAuthorization)).as("the ended session's refresh token, at the portal")
                .contains("\"metadata.token.invalidated\":true");
        assertThat(karl.session().get("signedIn").asBoolean()).isTrue();
        assertThat(anna.session().get("signedIn").asBoolean()).as("a new session, not signed in").isFalse();
    }

    @Test
    void theConversationComesBackAfterAReloadToItsOwnSessionOnlyAndGoesWhenTheSessionEnds() {
        WebChatClient anna = signedIn(ANNA);
        JsonNode offer = anna.say("fyll på");
        JsonNode clicked = anna.click(dialogChoices(offer).get(0));
        WebChatClient karl = signedIn(KARL);
        karl.say("hjälp");
        String karlsUser = latestTurnsUser();

        JsonNode turns = anna.history();

        assertThat(jdbc.sql("select said || ' ' || reply_view from web_chat_turn where user_id <> :karl").param("karl", karlsUser)
                .query(String.class).list()).as("what was said and answered is kept sealed").isNotEmpty()
                .allSatisfy(kept -> assertThat(kept).startsWith("v1:").doesNotContain("fyll på").doesNotContain("mobilabonnemang"));
        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).get("said").asString()).isEqualTo("fyll på");
        assertThat(turns.get(0).get("reply")).isEqualTo(offer);
        assertThat(turns.get(1).get("reply")).as("the open dialog's question").isEqualTo(clicked);
        assertThat(karl.history()).hasSize(1);
        assertThat(karl.history().get(0).get("said").asString()).isEqualTo("hjälp");
        WebChatClient stranger = new WebChatClient(bot());
        stranger.session();
        assertThat(stranger.history()).as("another browser sees nothing").isEmpty();

        anna.say("logga ut");
        anna.session();
        assertThat(anna.history()).as("signed out, the conversation is gone").isEmpty();
        anna.signIn(KARL, PASSWORD);
        assertThat(anna.history()).as("the next person at the same browser starts afresh").isEmpty();

        karl.switchLanguage("sv");
        jdbc.sql("update spring_session set expiry_time = 0 where principal_name = :user").param("user", karlsUser).update();
        ((se.connectbot.core.housekeeping.Sweep) context.getBean("webChatHistorySweep")).sweep();
        assertThat(jdbc.sql("select count(*) from web_chat_turn where user_id = :user").param("user", karlsUser)
                .query(Long.class).single()).as("an ended session's turns are swept").isZero();
        assertThat(jdbc.sql("select count(*) from user_language where user_id = :user").param("user", karlsUser)
                .query(Long.class).single()).as("and its language choice").isZero();
    }

    @Test
    void signingOutInTheChatKeepsNoTurnNotEvenTheOneWithThePortalSignOutLink() {
        WebChatClient anna = signedIn(ANNA);
        anna.say("hjälp");
        String annasUser = latestTurnsUser();

        // the answer to "logga ut" carries the portal's end-session link with the ID token as its hint,
        // which the core keeps only encrypted; the page may be closed before it asks for its session again
        anna.say("logga ut");

        assertThat(jdbc.sql("select count(*) from web_chat_turn where user_id = :user").param("user", annasUser)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theQuickButtonsOfferOnlyWhatTheUserMayDo() {
        assertThat(signedIn(ANNA).session().get("quick").valueStream().map(JsonNode::asString))
                .containsExactly("overview", "status", "outages", "invoices", "orders", "topup", "ticket", "tickets", "help");
        assertThat(signedIn("nina.utanfaktura@nordkust.se").session().get("quick").valueStream().map(JsonNode::asString))
                .as("no right to see invoices").doesNotContain("invoices").contains("topup", "tickets");
        assertThat(signedIn("lars.lasare@nordkust.se").session().get("quick").valueStream().map(JsonNode::asString))
                .as("read-only").containsExactly("overview", "status", "outages", "invoices", "orders", "help");
    }

    @Test
    void theLanguageChosenInTheChatAndOnThePageIsOneAndTheSame() {
        WebChatClient browser = signedIn(KARL);

        browser.say("språk engelska");
        assertThat(browser.session().get("locale").asString()).as("the page follows the command").isEqualTo("en");
        browser.switchLanguage("sv");

        assertThat(WebChatEndToEndTest.texts(browser.say("help"))).as("the bot follows the page")
                .contains("Det här kan jag hjälpa dig med").doesNotContain("Here is what I can do for you");
        assertThat(browser.session().get("locale").asString()).isEqualTo("sv");
    }

    @Test
    void refusesMoreUnusedSignInLinksThanAllowedInTheChatsLanguage() {
        WebChatClient browser = new WebChatClient(bot());
        browser.session();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.get(bot().resolve("/signin")).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> refused = browser.get(bot().resolve("/signin"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).startsWith("Du har redan 5 inloggningslänkar som inte har använts.");
        assertThat(WebChatEndToEndTest.texts(browser.say("logga in")))
                .anySatisfy(text -> assertThat(text).startsWith("Du har redan 5 inloggningslänkar"));
        assertThat(choicesOrLinks(browser.say("logga in"))).as("no sixth link").isZero();
    }

    private static long choicesOrLinks(JsonNode reply) {
        return WebChatEndToEndTest.blocks(reply, "link").size();
    }

    private WebChatClient signedIn(String username) {
        WebChatClient browser = new WebChatClient(bot());
        browser.session();
        browser.signIn(username, PASSWORD);
        return browser;
    }

    private static String refreshTokenMetadata(JdbcClient portal, String authorizationId) {
        return portal.sql("select refresh_token_metadata from oauth2_authorization where id = :id").param("id", authorizationId)
                .query(String.class).single();
    }

    /** The chat user of the web link that {@code action} adds (or the newest one). */
    private String newestWebLink(Runnable action) {
        action.run();
        return jdbc.sql("select user_id from account_link where platform = 'WEB' order by id desc limit 1").query(String.class).single();
    }

    private List<String> webLinks() {
        return jdbc.sql("select user_id from account_link where platform = 'WEB'").query(String.class).list();
    }

    /** A second bot, as after a restart: same database and key, the first one's sandbox as its portal, no Slack. */
    private ConfigurableApplicationContext anotherBotOnTheSameDatabase() {
        return new SpringApplicationBuilder(ConnectBotApplication.class).run(
                "--server.port=0", "--embedded-db.data-directory=", "--connectbot.sandbox.enabled=false",
                "--connectbot.portal.base-url=" + sandbox.baseUrl(),
                "--connectbot.portal.client-id=connect-bot", "--connectbot.portal.client-secret=connect-bot-secret",
                "--connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY,
                "--connectbot.public-base-url=http://localhost:" + port);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<JsonNode> dialogChoices(JsonNode reply) {
        List<JsonNode> found = new ArrayList<>();
        choices(reply).stream().filter(c -> "dialog".equals(c.get("actionId").asString()))
                .filter(c -> !c.get("value").asString().matches(".*\\|~(back|cancel|form)$"))
                .forEach(found::add);
        return found;
    }

    private URI bot() {
        return URI.create("http://localhost:" + port);
    }

    /** The user of the turn just kept (the text itself is sealed, so a turn is found by its order). */
    private String latestTurnsUser() {
        return jdbc.sql("select user_id from web_chat_turn order by id desc limit 1").query(String.class).single();
    }
}
