package se.connectbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.app.SlackWorkspace.Exchange;
import se.connectbot.app.SlackWorkspace.Message;
import se.connectbot.app.SlackWorkspace.User;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.Interactions;
import se.connectbot.slack.testing.SignedRequests;

/**
 * Slack in the running application: the real core, the in-process sandbox portal, the embedded
 * PostgreSQL and the real Bolt, with Slack's side at the wire (WireMock for the Web API, the
 * {@code response_url}s and the upload URL) and every request signed as Slack signs it. The
 * users link their portal accounts through the sandbox's real login form.
 *
 * <p>Anna's Slack locale is Swedish, Karl's English (Slack's {@code users.info}); Lars has none,
 * so he hears the default, Swedish.
 */
@WholeBotTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEndToEndTest {

    /** A thread each, so the requests really overlap (the common pool has one thread on a small machine). */
    private static final java.util.concurrent.Executor AT_ONCE = work -> Thread.ofVirtual().start(work);

    static final String PASSWORD = "connect-demo";
    static final String ANNA = "anna.admin@nordkust.se";
    static final String KARL = "karl.konto@nordkust.se";
    static final String LARS = "lars.lasare@nordkust.se";
    static final String SOFIA = "sofia.admin@solvikvard.se";
    static final String CHANNEL = "C0GENERAL";
    static final String FORM = "application/x-www-form-urlencoded";
    static final Pattern TOPUP_DONE_SV = Pattern.compile("Klart! Påfyllningen är beställd med ordernummer (\\S+)\\.");
    static final Pattern TOPUP_DONE_EN = Pattern.compile("Done! The top-up is ordered with order number (\\S+)\\.");
    static final Pattern TICKET_DONE_SV = Pattern.compile("Klart! Ärendet är skapat med nummer (\\S+)\\.");

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    /** The bot's own database. */
    @Autowired
    JdbcClient bot;

    SlackWorkspace slack;
    SandboxData portal;
    User anna;
    User karl;

    @BeforeAll
    void linkAnnaAndKarl() {
        slack = new SlackWorkspace(port);
        portal = new SandboxData(sandbox);
        slack.slack.reset();
        anna = slack.user(FakeSlack.SWEDE, CHANNEL);
        karl = slack.user(FakeSlack.BRIT, CHANNEL);
        signIn(anna, "logga in", ANNA);
        signIn(karl, "login", KARL);
    }

    @BeforeEach
    void resetSlackAndLanguages() {
        slack.slack.reset();
        bot.sql("delete from user_language where platform = 'SLACK'").update();
    }

    @Test
    void linksASlackUserThroughTheSandboxLoginForm() {
        User lars = slack.user("U0LARS", CHANNEL);
        Message needed = lars.command("fakturor").reply();
        assertThat(needed.ephemeral()).isTrue();
        assertThat(needed.text()).contains("Du behöver logga in i Connect-portalen först.");

        String page = signIn(lars, "logga in", LARS);

        assertThat(page).contains("Du är inloggad som Lars Holm");
        assertThat(bot.sql("select portal_username from account_link where platform = 'SLACK' and workspace_id = :team and user_id = 'U0LARS'")
                .param("team", SlackWorkspace.TEAM).query(String.class).single()).isEqualTo(LARS);
        Message whoami = lars.command("vem är jag").reply();
        assertThat(whoami.text()).contains("Du är inloggad som Lars Holm").contains(LARS);
    }

    @Test
    void aConfirmedSignInIsToldPrivatelyInTheChatThroughTheOutboundPort() {
        User sofia = slack.user("U0SOFIA", CHANNEL);

        signIn(sofia, "logga in", SOFIA);

        assertThat(slack.slack.calls("conversations.open")).extracting(FakeSlack::form)
                .anySatisfy(form -> assertThat(form).containsEntry("users", "U0SOFIA"));
        assertThat(slack.slack.calls("chat.postMessage")).extracting(FakeSlack::form)
                .anySatisfy(form -> assertThat(form).containsEntry("channel", FakeSlack.OPENED_DM)
                        .hasEntrySatisfying("text", text -> assertThat(text)
                                .contains("Du är inloggad som Sofia Nyström (" + SOFIA + ")")));
    }

    @Test
    void answersEveryCommandInSwedish() {
        assertThat(anna.command("hjälp").reply().text()).contains("Det här kan jag hjälpa dig med");
        assertThat(anna.command("vem är jag").reply().text()).contains("Du är inloggad som Anna Lindqvist").contains(ANNA);
        Message overview = anna.command("översikt").reply();
        assertThat(overview.text()).contains("Översikt för " + portal.organisation(ANNA)).contains("Aktiva tjänster");
        assertThat(overview.button("Tjänster (" + portal.activeServices(ANNA) + ")")).isPresent();
        SandboxData.Mobile mobile = portal.activeMobile(ANNA);
        assertThat(anna.command("status " + mobile.phoneNumber()).reply().text()).contains(mobile.name() + " (Mobil)").contains("Aktiv");
        Message outages = anna.command("drift").reply();
        assertThat(outages.ephemeral()).as("outages are public").isFalse();
        assertThat(outages.text()).contains(portal.activeOutageTitle().orElse("Inga aktuella driftstörningar."));
        Message invoices = anna.command("fakturor").reply();
        assertThat(invoices.ephemeral()).as("personal data asked for in a channel").isTrue();
        assertThat(invoices.text()).contains("Fakturor (" + portal.invoices(ANNA) + ")").contains(portal.newestInvoice(ANNA));
        assertThat(anna.command("beställningar").reply().text())
                .contains(portal.newestOngoingOrder(ANNA).orElse("Du har inga pågående beställningar."));
        String tickets = anna.command("ärenden").reply().text();
        portal.newestOngoingTicket(ANNA).ifPresentOrElse(
                newest -> assertThat(tickets).contains("Pågående ärenden (" + portal.ongoingTickets(ANNA) + ")").contains(newest),
                () -> assertThat(tickets).contains("Du har inga pågående ärenden."));
        assertThat(anna.command("språk").reply().text()).contains("Jag svarar dig på svenska. Välj språk:");
    }

    @Test
    void switchesTheLanguageWithTheButtonsItOffers() {
        Message language = anna.command("språk").reply();

        Message english = anna.click(language, language.button("English").orElseThrow()).reply();

        assertThat(english.text()).contains("I will answer you in English from now on.");
        assertThat(anna.command("hjälp").reply().text()).contains("Here is what I can do for you");
        assertThat(anna.command("språk sv").reply().text()).contains("Jag svarar dig på svenska från och med nu.");
    }

    @Test
    void answersEveryCommandInEnglishToAUserWhoseSlackSpeaksEnglish() {
        assertThat(karl.command("help").reply().text()).contains("Here is what I can do for you");
        assertThat(karl.command("whoami").reply().text()).contains("You are signed in as Karl Berg").contains(KARL);
        Message overview = karl.command("overview").reply();
        assertThat(overview.text()).contains("Overview for " + portal.organisation(KARL)).contains("Active services");
        assertThat(overview.button("Services (" + portal.activeServices(KARL) + ")")).isPresent();
        SandboxData.Mobile mobile = portal.activeMobile(KARL);
        assertThat(karl.command("status " + mobile.phoneNumber()).reply().text()).contains(mobile.name() + " (Mobile)").contains("Active");
        assertThat(karl.command("outages").reply().text()).contains(portal.activeOutageTitle().orElse("No current outages."));
        assertThat(karl.command("invoices").reply().text())
                .contains("Invoices (" + portal.invoices(KARL) + ")").contains(portal.newestInvoice(KARL));
        assertThat(karl.command("orders").reply().text())
                .contains(portal.newestOngoingOrder(KARL).orElse("You have no orders in progress."));
        assertThat(karl.command("tickets").reply().text())
                .contains(portal.newestOngoingTicket(KARL).orElse("You have no ongoing tickets."));
        assertThat(karl.command("language").reply().text()).contains("I answer you in English. Choose a language:");
    }

    @Test
    void ordersOneTopUpThroughTheButtonsThoughTheConfirmationIsClickedTwiceAndRetriedBySlack() {
        List<String> before = portal.orderNumbers();
        Message confirm = advanceToConfirmation(anna, anna.command("fyll på").reply(), "Beställ");
        JsonObject order = confirm.button("Beställ").orElseThrow();
        assertThat(order.get("style").getAsString()).isEqualTo("primary");
        Exchange first = SlackWorkspace.exchange("click");
        Exchange second = SlackWorkspace.exchange("click");
        String firstClick = anna.clickPayload(confirm, order, first);
        String secondClick = anna.clickPayload(confirm, order, second);

        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> slack.requests.sendInteraction(firstClick), AT_ONCE);
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> slack.requests.sendInteraction(secondClick), AT_ONCE);
        assertThat(List.of(one.join().statusCode(), two.join().statusCode())).containsOnly(200);
        HttpResponse<String> retry = slack.requests.send(SignedRequests.form(Map.of("payload", firstClick)), FORM,
                Instant.now().getEpochSecond(), null, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(retry.statusCode()).isEqualTo(200);

        await().atMost(SlackWorkspace.PATIENCE).until(() -> !matches(TOPUP_DONE_SV, first, second).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> matches(TOPUP_DONE_SV, first, second).size() == 1);
        String ordered = matches(TOPUP_DONE_SV, first, second).get(0);
        Message later = new Message(confirm.body(), "1800000009.000001");
        Message again = anna.click(later, order).reply();
        assertThat(again.text()).as("a click long after: the core repeats its answer").contains("ordernummer " + ordered);
        List<String> after = new ArrayList<>(portal.orderNumbers());
        after.removeAll(before);
        assertThat(after).as("orders placed in the sandbox").containsExactly(ordered);
    }

    @Test
    void opensATicketThroughAModalAndShowsWhatTheUserTypedHarmlessly() {
        Exchange asked = anna.command("ärende formulär");
        JsonObject view = asked.modal();
        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Nytt ärende");
        String title = "<!channel> Ingen täckning hos <@U123> " + SlackWorkspace.unique("t");
        String message = "Se <http://evil|x> – inget fungerar sedan i morse.";
        Map<String, JsonObject> typed = new LinkedHashMap<>();
        typed.put("category", Interactions.selected("SUPPORT"));
        typed.put("priority", Interactions.selected("HIGH"));
        typed.put("title", Interactions.typed(title));
        typed.put("message", Interactions.typed(message));

        Exchange submitted = anna.submit(asked, view, inputs(view, typed));

        Message summary = submitted.reply(m -> m.button("Skapa ärende").isPresent());
        assertThat(summary.text()).contains("Ska jag skapa det här ärendet?");
        assertHarmless(summary, "<!channel>", "<@U123>", "<http://evil|x>");
        assertThat(summary.json()).contains("&lt;!channel&gt; Ingen täckning hos &lt;@U123&gt;").contains("&lt;http://evil|x&gt;");
        Message created = anna.click(summary, summary.button("Skapa ärende").orElseThrow()).reply(m -> TICKET_DONE_SV.matcher(m.text()).find());
        Matcher number = TICKET_DONE_SV.matcher(created.text());
        assertThat(number.find()).isTrue();
        assertThat(portal.ticketsTitled(title)).containsExactly(number.group(1));
    }

    @Test
    void deliversAnInvoicePdfThroughSlacksUploadFlow() {
        User karlAlone = karl.in(FakeSlack.BRITS_DM);
        Message invoices = karlAlone.command("invoices").reply(m -> m.text().contains("Invoices ("));
        assertThat(invoices.ephemeral()).as("in Karl's own direct messages with the bot").isFalse();
        JsonObject pdf = invoices.buttons().stream().filter(b -> Message.label(b).startsWith("PDF ")).findFirst().orElseThrow();
        String number = Message.label(pdf).substring("PDF ".length());

        Message here = karlAlone.click(invoices, pdf).reply();

        assertThat(here.text()).contains("Here is the invoice as a PDF.");
        Map<String, String> getUrl = FakeSlack.form(awaitRequests("/api/files.getUploadURLExternal", 1).get(0));
        assertThat(getUrl).containsEntry("filename", "faktura-" + number + ".pdf");
        LoggedRequest upload = awaitRequests("/upload/F0FILE", 1).get(0);
        assertThat(upload.getHeader("Content-Type")).as("the upload's headers: %s", upload.getHeaders()).startsWith("application/pdf");
        assertThat(new String(upload.getBody(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(getUrl).containsEntry("length", String.valueOf(upload.getBody().length));
        Map<String, String> complete = FakeSlack.form(awaitRequests("/api/files.completeUploadExternal", 1).get(0));
        assertThat(complete).containsEntry("channel_id", FakeSlack.BRITS_DM);
        JsonObject file = JsonParser.parseString(complete.get("files")).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(file.get("id").getAsString()).isEqualTo("F0FILE");
        assertThat(file.get("title").getAsString()).contains(number);
    }

    @Test
    void refusesABadSignatureAndAStaleTimestampBeforeAnythingReachesTheCore() throws InterruptedException {
        String forgedTrigger = SlackWorkspace.unique("trigger-forged");
        String staleTrigger = SlackWorkspace.unique("trigger-stale");
        String forgedBody = SignedRequests.form(SignedRequests.slashCommand(SlackWorkspace.TEAM, CHANNEL, FakeSlack.SWEDE,
                "fyll på", forgedTrigger, slack.slack.responseUrl("forged")));
        String staleBody = SignedRequests.form(SignedRequests.slashCommand(SlackWorkspace.TEAM, CHANNEL, FakeSlack.SWEDE,
                "fyll på", staleTrigger, slack.slack.responseUrl("stale")));
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = slack.requests.send(forgedBody, FORM, now, new SignedRequests("not-the-secret").sign(now, forgedBody), Map.of());
        HttpResponse<String> stale = slack.requests.send(staleBody, FORM, now - Duration.ofMinutes(6).toSeconds(), null, Map.of());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        Thread.sleep(1000);
        assertThat(slack.slack.requestsTo("/hooks/forged")).isEmpty();
        assertThat(slack.slack.requestsTo("/hooks/stale")).isEmpty();
        assertThat(deliveriesSeenByTheCore(forgedTrigger, staleTrigger)).isZero();

        HttpResponse<String> signed = slack.requests.send(forgedBody, FORM);
        assertThat(signed.statusCode()).as("the same request, signed right").isEqualTo(200);
        new Exchange("forged", forgedTrigger, 0).reply();
        assertThat(deliveriesSeenByTheCore(forgedTrigger, staleTrigger)).isOne();
    }

    @Test
    void checksTheSignatureOverTheRawBodyThroughTheApplicationsFilters() {
        String trigger = SlackWorkspace.unique("trigger-raw");
        String raw = "token=x&team_id=" + SlackWorkspace.TEAM + "&channel_id=" + CHANNEL + "&user_id=" + FakeSlack.SWEDE
                + "&command=%2Fconnect&text=hj%C3%A4lp+~*status*~&response_url="
                + slack.slack.responseUrl("raw").replace(":", "%3A").replace("/", "%2F") + "&trigger_id=" + trigger;

        HttpResponse<String> response = slack.requests.send(raw, FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).as("Slack's requests make no session").isEmpty();
        assertThat(new Exchange("raw", trigger, 0).reply().text()).contains("status");
    }

    @Test
    void waitsAsLongAsSlackAsksWhenItRateLimitsAPost() {
        slack.slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .inScenario("rate").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("")));
        slack.slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .inScenario("rate").whenScenarioStateIs("limited")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"" + FakeSlack.BRITS_DM + "\",\"ts\":\"1800000000.000001\"}")));

        HttpResponse<String> ack = slack.requests.sendEvent(SlackWorkspace.directMessage(SlackWorkspace.unique("Ev"), FakeSlack.BRIT, "help"), Map.of());

        assertThat(ack.statusCode()).isEqualTo(200);
        List<LoggedRequest> posts = awaitRequests("/api/chat.postMessage", 2);
        long waitedMillis = posts.get(1).getLoggedDate().getTime() - posts.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(950);
        assertThat(FakeSlack.form(posts.get(1)).get("blocks")).contains("Here is what I can do for you");
        assertThat(posts).hasSize(2);
    }

    @Test
    void keepsTheDialogAtItsStepThroughAPortalOutageAndCarriesOnWhenThePortalIsBack() {
        List<String> before = portal.orderNumbers();
        Message confirm = advanceToConfirmation(karl, karl.command("topup").reply(), "Order");
        WebServer portalServer = ((WebServerApplicationContext) sandbox.context()).getWebServer();

        Message down;
        portalServer.stop();
        try {
            down = karl.click(confirm, confirm.button("Order").orElseThrow()).reply();
        } finally {
            portalServer.start();
        }

        assertThat(down.text()).contains("The portal is not answering right now, so I do not know whether the top-up got through.")
                .contains("can no longer be changed");
        Message done = karl.click(down, down.button("Order").orElseThrow()).reply(m -> TOPUP_DONE_EN.matcher(m.text()).find());
        Matcher number = TOPUP_DONE_EN.matcher(done.text());
        assertThat(number.find()).isTrue();
        List<String> after = new ArrayList<>(portal.orderNumbers());
        after.removeAll(before);
        assertThat(after).containsExactly(number.group(1));
    }

    @Test
    void keepsSlacksTablesInTheBotsDatabaseAndOutOfTheSandboxes() {
        assertThat(bot.sql("select version from flyway_schema_history where success order by installed_rank").query(String.class).list())
                .contains("1001", "1002", "1003", "1004", "1005");
        assertThat(bot.sql("select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'slack%'")
                .query(String.class).list()).contains("slack_installation")
                .as("claims and parked forms are the core's now").doesNotContain("slack_delivery_claim", "slack_pending_form");
        assertThat(portal.tablesLike("slack%")).isEmpty();
    }

    /** Follows the dialog's first offered option (a menu's first choice) until the confirmation button shows. */
    private static Message advanceToConfirmation(User user, Message message, String confirmLabel) {
        Message current = message;
        for (int step = 0; step < 8; step++) {
            if (current.button(confirmLabel).isPresent()) {
                return current;
            }
            Optional<JsonObject> select = current.select();
            if (select.isPresent()) {
                String first = select.get().getAsJsonArray("options").get(0).getAsJsonObject().get("value").getAsString();
                current = user.choose(current, select.get(), first).reply();
            } else {
                Message shown = current;
                JsonObject option = current.buttons().stream()
                        .filter(b -> b.get("action_id").getAsString().startsWith("dialog#"))
                        .filter(b -> !b.get("value").getAsString().matches(".*\\|~(back|cancel|form)$"))
                        .findFirst().orElseThrow(() -> new AssertionError("no dialog option in " + shown));
                current = user.click(current, option).reply();
            }
        }
        throw new AssertionError("no " + confirmLabel + " button after 8 steps; last: " + current);
    }

    /** A sign-in from Slack: the private link the bot gives, followed through the sandbox's login form. */
    private String signIn(User user, String command, String username) {
        Message prompt = user.command(command).reply(m -> m.buttons().stream().anyMatch(b -> b.has("url")));
        assertThat(prompt.ephemeral()).as("a sign-in link is for the user alone").isTrue();
        String link = prompt.buttons().stream().filter(b -> b.has("url")).findFirst().orElseThrow().get("url").getAsString();
        assertThat(link).startsWith(sandbox.baseUrl() + "/oauth2/authorize?");

        WebChatClient browser = new WebChatClient(URI.create("http://localhost:" + port));
        HttpResponse<String> page = browser.followSignInLink(URI.create(link), username, PASSWORD);
        assertThat(page.uri().getPath()).isEqualTo("/oauth/callback");
        if (page.statusCode() == 200 && page.body().contains("name=\"decision\"")) {
            assertThat(page.body()).as("the confirmation names the Slack user").contains(user.id);
            page = confirmLink(browser, page.body());
        }

        assertThat(page.statusCode()).as("the callback page: %s", page.body()).isEqualTo(200);
        return page.body();
    }

    /** Presses Confirm on the bot's "link this portal user to that chat user?" page. */
    private static HttpResponse<String> confirmLink(WebChatClient browser, String html) {
        Matcher state = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(state.find()).as("a state field in %s", html).isTrue();
        browser.session();
        return browser.postRaw("/oauth/callback?state=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + "&decision=confirm", "", true);
    }

    /** The block_id → action_id → state of each input of the view that is given a value. */
    private static Map<String, Map<String, JsonObject>> inputs(JsonObject view, Map<String, JsonObject> byBlock) {
        Map<String, Map<String, JsonObject>> values = new LinkedHashMap<>();
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if ("input".equals(b.get("type").getAsString()) && byBlock.containsKey(b.get("block_id").getAsString())) {
                String blockId = b.get("block_id").getAsString();
                values.put(blockId, Map.of(b.getAsJsonObject("element").get("action_id").getAsString(), byBlock.get(blockId)));
            }
        }
        assertThat(values.keySet()).as("the modal's inputs").containsExactlyInAnyOrderElementsOf(byBlock.keySet());
        return values;
    }

    /** Neither the fallback text nor any mrkdwn may carry Slack's markup raw (plain_text is never parsed). */
    private static void assertHarmless(Message message, String... markup) {
        List<String> parsed = new ArrayList<>();
        parsed.add(message.body().get("text").getAsString());
        FakeSlack.textObjects(message.body().get("blocks")).stream()
                .filter(t -> "mrkdwn".equals(t.get("type").getAsString()))
                .forEach(t -> parsed.add(t.get("text").getAsString()));
        for (String text : parsed) {
            for (String raw : markup) {
                assertThat(text).as("text Slack parses").doesNotContain(raw);
            }
        }
        FakeSlack.textObjects(message.body().get("blocks")).stream()
                .filter(t -> "plain_text".equals(t.get("type").getAsString()) && t.has("emoji"))
                .forEach(t -> assertThat(t.get("emoji").getAsBoolean()).isFalse());
    }

    /** Deliveries of these slash commands that the core recorded. */
    private long deliveriesSeenByTheCore(String... triggers) {
        return bot.sql("select count(*) from delivery where platform = 'SLACK' and delivery_id in (:ids)")
                .param("ids", java.util.Arrays.stream(triggers).map(t -> "cmd:" + t).toList()).query(Long.class).single();
    }

    private static List<String> matches(Pattern pattern, Exchange... exchanges) {
        List<String> found = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            for (Message message : exchange.messages()) {
                Matcher m = pattern.matcher(message.text());
                if (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static List<LoggedRequest> awaitRequests(String path, int count) {
        await().atMost(SlackWorkspace.PATIENCE).until(() -> FakeSlack.instance().requestsTo(path).size() >= count);
        return FakeSlack.instance().requestsTo(path);
    }
}
