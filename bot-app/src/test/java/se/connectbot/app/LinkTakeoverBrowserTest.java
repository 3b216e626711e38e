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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.app.SlackWorkspace.User;

/**
 * The forwarded sign-in link with the victim in a real browser (Debian's headless Chromium):
 * the browser keeps the confirmation's secret cookie by its real rules (HttpOnly,
 * SameSite=Strict, path) and sends it with its own Confirm click, while the one who forwarded
 * the link, in another browser, cannot confirm. Skipped where Chromium is not installed.
 */
@WholeBotTest
class LinkTakeoverBrowserTest {

    static final String ANNA = "anna.admin@nordkust.se";
    static final String PASSWORD = "connect-demo";

    private static ChromeDriver annasBrowser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient bot;

    SlackWorkspace slack;

    @BeforeAll
    static void startChromium() {
        annasBrowser = Chromium.start(Chromium.TARGET.resolve("browser-downloads"));
    }

    @AfterAll
    static void stopChromium() {
        if (annasBrowser != null) {
            annasBrowser.quit();
        }
    }

    @BeforeEach
    void resetSlack() {
        slack = new SlackWorkspace(port);
        slack.slack.reset();
    }

    @Test
    void aForgedConfirmationFromTheIssuersBrowserLinksNothingAndEndsTheSignIn() {
        User mallory = slackUser("U0MALLORY", "Mallory Mallet");
        openOnConfirmationPage(signInLinkFor(mallory));
        String state = annasBrowser.findElement(By.name("state")).getAttribute("value");

        WebChatClient mallorysBrowser = new WebChatClient(URI.create("http://localhost:" + port));
        mallorysBrowser.session();
        HttpResponse<String> forged = mallorysBrowser.postRaw("/oauth/callback?state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&decision=confirm", "", true);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(linked(mallory.id)).isEmpty();

        annasBrowser.findElement(By.cssSelector("button[value=confirm]")).click();
        Chromium.waitUntil(annasBrowser, () -> annasBrowser.findElement(By.tagName("h1")).getText().equals("Inloggningen misslyckades"));
        Chromium.screenshot(annasBrowser, "link-takeover-refused");
        assertThat(linked(mallory.id)).isEmpty();
    }

    @Test
    void thePersonWhoSignedInConfirmsInHerOwnBrowser() {
        User colleague = slackUser("U0COLLEAGUE", "Anna på Slack");
        openOnConfirmationPage(signInLinkFor(colleague));
        assertThat(annasBrowser.findElement(By.tagName("main")).getText())
                .contains("Slack-användaren Anna på Slack (U0COLLEAGUE)");
        Chromium.screenshot(annasBrowser, "link-confirmation");

        annasBrowser.findElement(By.cssSelector("button[value=confirm]")).click();

        Chromium.waitUntil(annasBrowser, () -> annasBrowser.findElement(By.tagName("h1")).getText().equals("Inloggad"));
        assertThat(linked(colleague.id)).contains(ANNA);
        assertThat(annasBrowser.manage().getCookies()).as("the one-time secret is gone after use")
                .noneMatch(c -> c.getName().startsWith("connect_confirm_"));
    }

    /** Anna opens the link and signs in at the portal, unless her portal session is still open. */
    private void openOnConfirmationPage(URI link) {
        annasBrowser.get(link.toString());
        Chromium.waitUntil(annasBrowser, () -> !annasBrowser.findElements(By.id("password")).isEmpty()
                || !annasBrowser.findElements(By.name("decision")).isEmpty());
        if (!annasBrowser.findElements(By.id("password")).isEmpty()) {
            annasBrowser.findElement(By.id("username")).sendKeys(ANNA);
            annasBrowser.findElement(By.id("password")).sendKeys(PASSWORD);
            annasBrowser.findElement(By.cssSelector("form button[type=submit]")).click();
        }
        Chromium.waitUntil(annasBrowser, () -> !annasBrowser.findElements(By.name("decision")).isEmpty());
        assertThat(annasBrowser.manage().getCookies()).anyMatch(c -> c.getName().startsWith("connect_confirm_")
                && c.isHttpOnly() && "Strict".equals(c.getSameSite()) && "/oauth/callback".equals(c.getPath()));
    }

    private User slackUser(String id, String name) {
        slack.slack.server().stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=" + id)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"locale\":\"sv-SE\",\"real_name\":\"" + name + "\"}}")));
        bot.sql("delete from account_link where platform = 'SLACK' and user_id = :u").param("u", id).update();
        return slack.user(id, "D-" + id);
    }

    private URI signInLinkFor(User user) {
        SlackWorkspace.Message prompt = user.command("logga in").reply(m -> m.buttons().stream().anyMatch(b -> b.has("url")));
        return URI.create(prompt.buttons().stream().filter(b -> b.has("url")).findFirst().orElseThrow().get("url").getAsString());
    }

    private Optional<String> linked(String slackUser) {
        return bot.sql("select portal_username from account_link where platform = 'SLACK' and user_id = :u")
                .param("u", slackUser).query(String.class).optional();
    }
}
