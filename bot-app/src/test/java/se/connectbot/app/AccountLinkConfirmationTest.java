package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.linking.AccountLinking;

/**
 * A sign-in link only links the chat user who asked for it to the portal user who confirms it:
 * a web chat link finished in another browser links nothing, and a link handed out in a chat
 * platform asks the person, naming both sides, before anything is linked.
 */
@WholeBotTest
class AccountLinkConfirmationTest {

    static final String ANNA = "anna.admin@nordkust.se";
    static final String PASSWORD = "connect-demo";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern STATE_FIELD = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountLinking linking;

    @Test
    void aWebChatSignInLinkFinishedInAnotherBrowserLinksNothing() {
        WebChatClient mallory = new WebChatClient(bot());
        mallory.session();
        HttpResponse<String> start = mallory.get(bot().resolve("/signin"));
        URI privateLink = URI.create(start.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> page = new WebChatClient(bot()).followSignInLink(privateLink, ANNA, PASSWORD);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("en annan webbläsare").doesNotContain("Anna Lindqvist");
        assertThat(mallory.session().get("signedIn").asBoolean()).isFalse();
    }

    @Test
    void aSlackSignInAsksWhomToLinkAndLinksOnlyOnConfirm() {
        ChatUser slackUser = new ChatUser(Platform.SLACK, "T456", "U123-" + System.nanoTime());
        WebChatClient browser = new WebChatClient(bot());

        HttpResponse<String> page = browser.followSignInLink(signInUrl(slackUser), ANNA, PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/oauth/callback");
        assertThat(page.body()).contains("Koppla portalanvändaren Anna Lindqvist till Slack-användaren " + slackUser.userId()
                + " i arbetsytan T456?", "name=\"_csrf\"", "action=\"/oauth/callback\"", "value=\"confirm\"", "value=\"cancel\"");
        assertThat(linking.find(slackUser)).as("linked before the confirmation").isEmpty();

        String state = stateOf(page.body());
        browser.session();
        HttpResponse<String> forged = browser.postRaw(decision(state, "confirm"), "", false);
        assertThat(forged.statusCode()).as("a confirmation without the session's CSRF token").isEqualTo(403);
        assertThat(linking.find(slackUser)).isEmpty();

        HttpResponse<String> confirmed = browser.postRaw(decision(state, "confirm"), "", true);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Du är inloggad som Anna Lindqvist");
        assertThat(linking.find(slackUser)).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(ANNA));
        assertThat(browser.postRaw(decision(state, "confirm"), "", true).statusCode()).as("the same confirmation again").isEqualTo(400);
        linking.unlink(slackUser);
    }

    @Test
    void cancellingTheConfirmationLinksNothing() {
        ChatUser slackUser = new ChatUser(Platform.SLACK, "T456", "U-cancel-" + System.nanoTime());
        WebChatClient browser = new WebChatClient(bot());
        String state = stateOf(browser.followSignInLink(signInUrl(slackUser), ANNA, PASSWORD).body());
        browser.session();

        HttpResponse<String> cancelled = browser.postRaw(decision(state, "cancel"), "", true);

        assertThat(cancelled.statusCode()).isEqualTo(400);
        assertThat(cancelled.body()).contains("Inget kopplades");
        assertThat(browser.postRaw(decision(state, "confirm"), "", true).statusCode()).isEqualTo(400);
        assertThat(linking.find(slackUser)).isEmpty();
    }

    @Test
    void aConfirmationForAnUnknownStateIsRefused() {
        WebChatClient browser = new WebChatClient(bot());
        browser.session();

        HttpResponse<String> page = browser.postRaw(decision("never-handed-out", "confirm"), "", true);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Inloggningen misslyckades");
    }

    private URI signInUrl(ChatUser user) {
        return linking.signInUrl(user, new ConversationRef(Platform.SLACK, user.workspaceId(), "D-" + user.userId(), false), SWEDISH);
    }

    private static String decision(String state, String decision) {
        return "/oauth/callback?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&decision=" + decision;
    }

    private static String stateOf(String html) {
        Matcher m = STATE_FIELD.matcher(html);
        assertThat(m.find()).as("a state field in %s", html).isTrue();
        return m.group(1);
    }

    private URI bot() {
        return URI.create("http://localhost:" + port);
    }
}
