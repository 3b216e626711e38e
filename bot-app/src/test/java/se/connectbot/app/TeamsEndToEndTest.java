package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.notice.OutagePoller;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.FakeMicrosoft;
import se.connectbot.teams.testing.TeamsClient;

/**
 * Teams in the running application: the real core, the in-process sandbox portal, the embedded
 * PostgreSQL, with Microsoft's side at the wire ({@link FakeMicrosoft}: OpenID metadata and JWKS
 * of a test key, the token endpoint, the connector at the activity's service URL, a OneDrive
 * upload URL). Every activity carries a token signed as the Bot Framework signs it. Anna's Teams
 * speaks Swedish, Karl's English; both link their portal accounts through the sandbox's login form.
 */
@SpringBootTest(classes = ConnectBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"connectbot.sandbox.port=0", "embedded-db.data-directory=",
                // a database of its own: the JVM's other whole-bot tests run Slack's migrations on "app"
                "embedded-db.database=teams_e2e",
                "MICROSOFT_APP_ID=" + FakeMicrosoft.APP_ID, "MICROSOFT_APP_PASSWORD=teams-test-password",
                "connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY,
                "connectbot.web-chat.new-sessions-per-minute=100000"})
@ContextConfiguration(initializers = TeamsEndToEndTest.FakeMicrosoftUrls.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsEndToEndTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PASSWORD = "connect-demo";
    static final String ANNA = "anna.admin@nordkust.se";
    static final String KARL = "karl.konto@nordkust.se";
    static final String KARLS_CHAT = "a:karl-personal-chat";
    static final Pattern TOPUP_DONE_SV = Pattern.compile("Klart! Påfyllningen är beställd med ordernummer (\\S+)\\.");
    static final Pattern TOPUP_DONE_EN = Pattern.compile("Done! The top-up is ordered with order number (\\S+)\\.");

    static final FakeMicrosoft microsoft = FakeMicrosoft.instance();
    static final Activities activities = new Activities(microsoft.serviceUrl());

    /** Points the adapter at the fake Microsoft, as staging points it at its own. */
    static final class FakeMicrosoftUrls implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeMicrosoft", Map.of(
                    "TEAMS_OPENID_METADATA_URL", microsoft.openIdMetadataUrl(), "TEAMS_TOKEN_URL", microsoft.tokenUrl(),
                    "TEAMS_UPLOAD_ORIGINS", microsoft.base())));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    @Autowired
    JdbcClient bot;

    @Autowired
    OutagePoller poller;

    @Autowired
    Outbound outbound;

    TeamsClient teams;
    SandboxData portal;

    @BeforeAll
    void linkAnnaAndKarl() {
        teams = new TeamsClient(port);
        portal = new SandboxData(sandbox);
        microsoft.reset();
        signIn(Activities.ANNA, Activities.ANNAS_CHAT, "sv-SE", "logga in", ANNA);
        signIn(Activities.KARL, KARLS_CHAT, "en-GB", "login", KARL);
    }

    @BeforeEach
    void resetMicrosoft() {
        microsoft.reset();
    }

    @Test
    void answersTheCoreCommandsInSwedish() {
        assertThat(anna("hjälp").text()).contains("Det här kan jag hjälpa dig med");
        assertThat(anna("vem är jag").text()).contains("Du är inloggad som Anna Lindqvist").contains(ANNA);
        assertThat(anna("översikt").text()).contains("Översikt för " + portal.organisation(ANNA)).contains("Aktiva tjänster");
        SandboxData.Mobile mobile = portal.activeMobile(ANNA);
        assertThat(anna("status " + mobile.phoneNumber()).text()).contains(mobile.name() + " (Mobil)").contains("Aktiv");
        assertThat(anna("drift").text()).contains(portal.activeOutageTitle().orElse("Inga aktuella driftstörningar."));
        assertThat(anna("fakturor").text()).contains("Fakturor (" + portal.invoices(ANNA) + ")").contains(portal.newestInvoice(ANNA));
        assertThat(anna("beställningar").text()).contains(portal.newestOngoingOrder(ANNA).orElse("Du har inga pågående beställningar."));
        String tickets = anna("ärenden").text();
        portal.newestOngoingTicket(ANNA).ifPresentOrElse(newest -> assertThat(tickets).contains(newest),
                () -> assertThat(tickets).contains("Du har inga pågående ärenden."));
        assertThat(anna("språk").text()).contains("Jag svarar dig på svenska. Välj språk:");
    }

    @Test
    void answersTheCoreCommandsInEnglishToAUserWhoseTeamsSpeaksEnglish() {
        assertThat(karl("help").text()).contains("Here is what I can do for you");
        assertThat(karl("whoami").text()).contains("You are signed in as Karl Berg").contains(KARL);
        SandboxData.Mobile mobile = portal.activeMobile(KARL);
        assertThat(karl("status " + mobile.phoneNumber()).text()).contains(mobile.name() + " (Mobile)").contains("Active");
        assertThat(karl("outages").text()).contains(portal.activeOutageTitle().orElse("No current outages."));
        assertThat(karl("invoices").text()).contains("Invoices (");
        assertThat(karl("orders").text()).contains(portal.newestOngoingOrder(KARL).orElse("You have no orders in progress."));
        assertThat(karl("tickets").text()).containsAnyOf("Ongoing tickets (", "You have no ongoing tickets.");
        assertThat(karl("language").text()).contains("I answer you in English. Choose a language:");
    }

    @Test
    void opensATicketThroughCardInputsAndShowsWhatTheUserTypedHarmlessly() {
        Card form = anna("ärende formulär");
        JsonNode submit = form.buttons().stream().filter(b -> b.path("data").path("connectKind").asText().equals("form"))
                .findFirst().orElseThrow(() -> new AssertionError("no form in " + form.json()));
        String title = "<at>Alla</at> Ingen täckning [klicka](https://evil.example) " + System.nanoTime();
        ObjectNode data = submit.path("data").deepCopy();
        form.json().findParents("id").stream().filter(n -> n.path("type").asText().startsWith("Input.")).forEach(input -> {
            String id = input.path("id").asText();
            if (id.endsWith("category")) {
                data.put(id, "SUPPORT");
            } else if (id.endsWith("priority")) {
                data.put(id, "HIGH");
            } else if (id.endsWith("title")) {
                data.put(id, title);
            } else if (id.endsWith("message")) {
                data.put(id, "Lampan blinkar rött sedan i morse, <b>inget</b> fungerar.");
            }
        });
        long mark = mark();
        assertThat(send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", form.messageId(), data)).statusCode()).isEqualTo(200);
        Card summary = awaitCard(mark, c -> c.button("Skapa ärende").isPresent());

        assertThat(summary.json().findValues("type").stream().map(JsonNode::asText)).doesNotContain("TextBlock", "FactSet");
        assertThat(summary.json().path("msteams").has("entities")).isFalse();
        assertThat(summary.text()).contains(title);
        Card created = click(Activities.ANNA, Activities.ANNAS_CHAT, "sv-SE", summary, summary.button("Skapa ärende").orElseThrow(),
                c -> c.text().contains("Ärendet är skapat med nummer"));
        Matcher number = Pattern.compile("Ärendet är skapat med nummer (\\S+)\\.").matcher(created.text());
        assertThat(number.find()).isTrue();
        assertThat(portal.ticketsTitled(title)).containsExactly(number.group(1));
    }

    @Test
    void ordersATopUpThroughCardSubmitsEachStepReplacingTheLastCard() {
        List<String> before = portal.orderNumbers();
        Card confirm = advanceToConfirmation(Activities.ANNA, Activities.ANNAS_CHAT, "sv-SE", anna("fyll på"), "Beställ");

        Card done = click(Activities.ANNA, Activities.ANNAS_CHAT, "sv-SE", confirm, confirm.button("Beställ").orElseThrow(),
                c -> TOPUP_DONE_SV.matcher(c.text()).find());

        Matcher number = TOPUP_DONE_SV.matcher(done.text());
        assertThat(number.find()).isTrue();
        assertThat(done.updated()).as("the dialog's card is updated in place").isTrue();
        List<String> after = new ArrayList<>(portal.orderNumbers());
        after.removeAll(before);
        assertThat(after).containsExactly(number.group(1));
    }

    @Test
    void keepsTheDialogAtItsStepThroughAPortalOutageAndCarriesOnWhenThePortalIsBack() {
        List<String> before = portal.orderNumbers();
        Card confirm = advanceToConfirmation(Activities.KARL, KARLS_CHAT, "en-GB", karl("topup"), "Order");
        WebServer portalServer = ((WebServerApplicationContext) sandbox.context()).getWebServer();

        Card down;
        portalServer.stop();
        try {
            down = click(Activities.KARL, KARLS_CHAT, "en-GB", confirm, confirm.button("Order").orElseThrow(), c -> true);
        } finally {
            portalServer.start();
        }

        assertThat(down.text()).contains("The portal is not answering right now");
        Card done = click(Activities.KARL, KARLS_CHAT, "en-GB", down, down.button("Order").orElseThrow(),
                c -> TOPUP_DONE_EN.matcher(c.text()).find());
        Matcher number = TOPUP_DONE_EN.matcher(done.text());
        assertThat(number.find()).isTrue();
        List<String> after = new ArrayList<>(portal.orderNumbers());
        after.removeAll(before);
        assertThat(after).containsExactly(number.group(1));
    }

    @Test
    void deliversAnInvoicePdfInAOneToOneChatThroughFileConsent() {
        Card invoices = karl("invoices");
        JsonNode pdf = invoices.buttons().stream().filter(b -> b.path("title").asText().startsWith("PDF ")).findFirst().orElseThrow();

        JsonNode consent = awaitPosted(sent(() -> submit(Activities.KARL, KARLS_CHAT, "en-GB", invoices, pdf)),
                a -> a.path("attachments").path(0).path("contentType").asText().endsWith("file.consent"));

        JsonNode card = consent.path("attachments").get(0);
        assertThat(card.path("name").asText()).startsWith("faktura-").endsWith(".pdf");
        ObjectNode context = (ObjectNode) card.path("content").path("acceptContext");
        ObjectNode accept = activities.fileConsent(Activities.KARL, "accept", context, microsoft.uploadUrl("karls-invoice"));
        accept.with("conversation").put("id", KARLS_CHAT);
        assertThat(send(accept).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !uploads().isEmpty());
        assertThat(new String(uploads().get(0).getBody(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void aPrivateAnswerAskedInAChannelGoesToTheOneToOneChat() {
        long mark = mark();
        send(activities.channel(Activities.ANNA, "fakturor", true));

        JsonNode invoices = awaitPosted(mark, a -> a.toString().contains("Fakturor ("));
        assertThat(requestFor(invoices).getUrl()).contains("personal-chat-with-user");
        assertThat(awaitPosted(mark, a -> a.path("text").asText().contains("privata chatt"))).isNotNull();
    }

    @Test
    void showsWhatAUserTypedHarmlessly() {
        Card answer = anna("status <at>Alla</at> [klicka](https://evil.example) <b>fet</b>");

        // no mention entity to turn <at> into a ping; no element that reads markdown or HTML; text only in TextRuns
        assertThat(answer.json().path("msteams").has("entities")).isFalse();
        assertThat(answer.json().findValues("type").stream().map(JsonNode::asText)).doesNotContain("TextBlock", "FactSet");
        assertThat(answer.json().findParents("text")).allSatisfy(n -> assertThat(n.path("type").asText()).isEqualTo("TextRun"));
    }

    @Test
    void refusesAForgedTokenBeforeAnythingReachesTheCore() {
        long before = bot.sql("select count(*) from accepted_work").query(Long.class).single();
        JsonNode activity = activities.personal(Activities.ANNA, "fakturor", "sv-SE");

        assertThat(teams.send(activity, microsoft.tokenSignedByStranger(microsoft.serviceUrl())).statusCode()).isEqualTo(401);
        assertThat(teams.send(activity, microsoft.token(microsoft.serviceUrl(), b -> b.audience("another-bot"))).statusCode()).isEqualTo(401);

        assertThat(bot.sql("select count(*) from accepted_work").query(Long.class).single()).isEqualTo(before);
        assertThat(microsoft.connectorCalls("POST", ".*")).isEmpty();
    }

    /**
     * A channel subscribes with {@code prenumerera drift}; an outage published through the sandbox's
     * operator API is posted once in the channel by the application's outbox (through the Teams
     * sender), then its card is replaced in place; its "still a problem for us?" button answers.
     */
    @Test
    void anOutageNoticeIsPostedOnceInTheChannelThenUpdatedInPlace() {
        long mark = mark();
        send(activities.channel(Activities.ANNA, "prenumerera drift Kiruna", true));
        assertThat(awaitPosted(mark, a -> a.toString().contains("Prenumeration #"))).isNotNull();
        poller.poll(); // the feed's cursor exists from here on

        mark = mark();
        String title = "Kabelbrott <at>Alla</at> Kiruna " + System.nanoTime();
        Outage published = operator().createOutage(new NewOutage(title, "Grävskada vid E10.",
                OutageKind.FIXED, List.of(), Outage.Severity.MAJOR, List.of("Kiruna"), List.of("981 31"), null,
                Instant.now().plus(Duration.ofHours(3))), "teams-notice-" + UUID.randomUUID());
        poller.poll();
        JsonNode notice = awaitPosted(mark, a -> a.toString().contains("Kabelbrott"));
        LoggedRequest posted = requestFor(notice);
        assertThat(posted.getMethod().getName()).isEqualTo("POST");
        assertThat(decoded(posted.getUrl())).contains(Activities.CHANNEL).doesNotContain("messageid=");
        assertThat(notice.path("attachments").path(0).path("content").path("msteams").has("entities")).as("no mention").isFalse();
        Card card = new Card(notice.path("attachments").path(0).path("content"), "bot-message-1", false);
        JsonNode stillAProblem = card.button("Fortfarande problem för oss?").orElseThrow(() -> new AssertionError("no button in " + notice));

        long updates = mark();
        operator().updateOutage(published.id(), OutagePatch.updateText("Skarvning pågår"));
        poller.poll();
        JsonNode updated = awaitPosted(updates, a -> a.toString().contains("Skarvning pågår") && a.path("attachments").size() > 0);
        assertThat(requestFor(updated).getMethod().getName()).as("the card replaced in place").isEqualTo("PUT");
        // the update also goes into the notice's thread, as on Slack
        await().atMost(PATIENCE).until(() -> since(updates).stream().anyMatch(e -> e.getRequest().getMethod().getName().equals("POST")
                && decoded(e.getRequest().getUrl()).contains("messageid=") && e.getRequest().getBodyAsString().contains("Skarvning pågår")));
        assertThat(since(mark).stream().filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .filter(e -> e.getRequest().getBodyAsString().contains("Kabelbrott"))
                .filter(e -> !decoded(e.getRequest().getUrl()).contains("messageid="))).as("one post for the outage").hasSize(1);

        long clicked = mark();
        ObjectNode click = activities.submit(Activities.ANNA, Activities.CHANNEL + ";messageid=" + card.messageId(), "channel",
                card.messageId(), stillAProblem.path("data").deepCopy());
        click.set("channelData", activities.channel(Activities.ANNA, "", false).path("channelData"));
        assertThat(send(click).statusCode()).isEqualTo(200);
        assertThat(awaitPosted(clicked, a -> a.toString().contains("Vad gäller ärendet?"))).isNotNull();
        long cancelled = mark();
        send(activities.channel(Activities.ANNA, "avbryt", true));
        assertThat(awaitPosted(cancelled, a -> a.toString().contains("Avbrutet") || a.toString().contains("inget att avbryta"))).isNotNull();
    }

    /** A report asked for in a 1:1 chat comes through Teams' file consent card, and the accepted upload is the workbook. */
    @Test
    void aReportArrivesThroughFileConsentInAOneToOneChat() {
        ObjectNode ask = activities.personal(Activities.KARL, "report services all everything", "en-GB");
        ask.with("conversation").put("id", KARLS_CHAT);
        long mark = mark();
        assertThat(send(ask).statusCode()).isEqualTo(200);
        JsonNode consent = awaitPosted(mark, a -> a.path("attachments").path(0).path("contentType").asText().endsWith("file.consent"));
        JsonNode card = consent.path("attachments").get(0);
        assertThat(card.path("name").asText()).endsWith(".xlsx");
        ObjectNode accept = activities.fileConsent(Activities.KARL, "accept", (ObjectNode) card.path("content").path("acceptContext"),
                microsoft.uploadUrl("karls-report"));
        accept.with("conversation").put("id", KARLS_CHAT);
        assertThat(send(accept).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !uploads().isEmpty());
        assertThat(new String(uploads().get(0).getBody(), 0, 2, StandardCharsets.US_ASCII)).as("xlsx is a zip").isEqualTo("PK");
    }

    /**
     * Asked for in a channel, the report is the asker's own: the channel gets a short note, the file
     * comes through the consent card in the asker's 1:1 chat, and nothing of it is posted in the channel.
     */
    @Test
    void aReportAskedForInAChannelComesToTheAskersOneToOneChat() {
        long mark = mark();
        send(activities.channel(Activities.ANNA, "rapport tjänster alla allt", true));
        JsonNode consent = awaitPosted(mark, a -> a.path("attachments").path(0).path("contentType").asText().endsWith("file.consent"));
        assertThat(consent.path("attachments").path(0).path("name").asText()).endsWith(".xlsx");
        assertThat(decoded(requestFor(consent).getUrl())).contains("personal-chat-with-user");
        JsonNode note = awaitPosted(mark, a -> a.path("text").asText().contains("privata chatt"));
        assertThat(decoded(requestFor(note).getUrl())).contains(Activities.CHANNEL);
        assertThat(since(mark).stream().filter(e -> decoded(e.getRequest().getUrl()).contains(Activities.CHANNEL))
                .map(e -> e.getRequest().getBodyAsString())).noneMatch(b -> b.contains("xlsx") || b.contains("/files/"));
    }

    /** Outgoing carries no language: an unasked private card's own words (a select's button) follow the person's choice. */
    @Test
    void anUnaskedPrivateCardsOwnWordsAreInThePersonsChosenLanguage() {
        assertThat(karl("language en").text()).contains("English");
        List<Block.Choice> numbers = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> Block.Choice.of("Nr " + i, "pick", "status " + i)).toList();
        long mark = mark();
        outbound.sendPrivately(new ChatUser(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.KARL),
                Reply.of(new Block.Choices("Nr?", numbers, Block.ChoiceStyle.SELECT)));
        Card card = awaitCard(mark, c -> c.text().contains("Nr 12"));
        assertThat(card.buttons().stream().map(b -> b.path("title").asText())).contains("Choose").doesNotContain("Välj");
    }

    private OperatorPortal operator() {
        return PortalClients.operator(PortalClientConfig.of(sandbox.baseUrl(), "connect-operator", "connect-operator-secret")
                .withCache(PortalClientConfig.CacheSettings.disabled()));
    }

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    @Test
    void keepsNoTablesOfItsOwn() {
        assertThat(bot.sql("select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'teams%'")
                .query(String.class).list()).isEmpty();
    }

    // --- the conversation, as a Teams user sees it ---

    private Card anna(String text) {
        return say(Activities.ANNA, Activities.ANNAS_CHAT, "sv-SE", text);
    }

    private Card karl(String text) {
        return say(Activities.KARL, KARLS_CHAT, "en-GB", text);
    }

    private Card say(String user, String chat, String locale, String text) {
        ObjectNode activity = activities.personal(user, text, locale);
        activity.with("conversation").put("id", chat);
        long mark = mark();
        assertThat(send(activity).statusCode()).isEqualTo(200);
        return awaitCard(mark, c -> true);
    }

    private Card click(String user, String chat, String locale, Card on, JsonNode button, Predicate<Card> until) {
        long mark = mark();
        submit(user, chat, locale, on, button);
        return awaitCard(mark, until);
    }

    private void submit(String user, String chat, String locale, Card on, JsonNode button) {
        ObjectNode data = button.path("data").deepCopy();
        on.json().findParents("type").stream().filter(n -> n.path("type").asText().equals("Input.ChoiceSet"))
                .forEach(n -> data.put(n.path("id").asText(), n.path("choices").path(0).path("value").asText()));
        ObjectNode activity = activities.submit(user, chat, "personal", on.messageId(), data);
        activity.put("locale", locale);
        assertThat(send(activity).statusCode()).isEqualTo(200);
    }

    private Card advanceToConfirmation(String user, String chat, String locale, Card start, String confirmLabel) {
        Card current = start;
        for (int step = 0; step < 8; step++) {
            if (current.button(confirmLabel).isPresent()) {
                return current;
            }
            Card shown = current;
            // a select's submit (the first option chosen, see submit), else the first button that moves the dialog on
            JsonNode option = current.buttons().stream()
                    .filter(b -> b.path("data").path("connectKind").asText().equals("select")).findFirst()
                    .or(() -> shown.buttons().stream()
                            .filter(b -> b.path("data").path("connectId").asText().startsWith("dialog"))
                            .filter(b -> !b.path("data").path("connectValue").asText().matches(".*\\|~(back|cancel|form)$"))
                            .findFirst())
                    .orElseThrow(() -> new AssertionError("no dialog option in " + shown.json()));
            current = click(user, chat, locale, current, option, c -> true);
        }
        throw new AssertionError("no " + confirmLabel + " button after 8 steps; last: " + current.json());
    }

    private HttpResponse<String> send(JsonNode activity) {
        return teams.send(activity, microsoft.token(activity.path("serviceUrl").asText()));
    }

    private void signIn(String user, String chat, String locale, String command, String username) {
        Card prompt = say(user, chat, locale, command);
        String link = prompt.json().findValues("url").stream().map(JsonNode::asText)
                .filter(u -> u.startsWith(sandbox.baseUrl().toString())).findFirst().orElseThrow(() -> new AssertionError("no sign-in link in " + prompt.json()));
        WebChatClient browser = new WebChatClient(URI.create("http://localhost:" + port));
        HttpResponse<String> page = browser.followSignInLink(URI.create(link), username, PASSWORD);
        if (page.statusCode() == 200 && page.body().contains("name=\"decision\"")) {
            // the person signing in must recognise whom they link: Teams' display name, not only the 29:… id
            String displayName = Activities.ANNA.equals(user) ? "Anna Lindqvist" : "Karl Berg";
            assertThat(page.body()).as("the confirmation names the Teams user")
                    .containsAnyOf("Teams-användaren " + displayName + " (" + user + ")", "the Teams user " + displayName + " (" + user + ")");
            Matcher state = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(state.find()).isTrue();
            browser.session();
            page = browser.postRaw("/oauth/callback?state=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                    + "&decision=confirm", "", true);
        }
        assertThat(page.statusCode()).as("the callback page: %s", page.body()).isEqualTo(200);
    }

    // --- what reached the fake connector ---

    /** A card the bot posted or updated. */
    record Card(JsonNode json, String messageId, boolean updated) {
        String text() {
            StringBuilder all = new StringBuilder();
            json.findValues("text").forEach(t -> all.append(t.asText()).append('\n'));
            json.findValues("title").forEach(t -> all.append(t.asText()).append('\n'));
            json.findValues("value").stream().filter(JsonNode::isTextual).forEach(t -> all.append(t.asText()).append('\n'));
            return all.toString();
        }

        List<JsonNode> buttons() {
            return json.findParents("type").stream().filter(n -> n.path("type").asText().equals("Action.Submit")).toList();
        }

        Optional<JsonNode> button(String title) {
            return buttons().stream().filter(b -> b.path("title").asText().equals(title)).findFirst();
        }
    }

    private static long mark() {
        return microsoft.server().getAllServeEvents().size();
    }

    private static long sent(Runnable action) {
        long mark = mark();
        action.run();
        return mark;
    }

    /** Connector calls after the mark, oldest first. */
    private static List<ServeEvent> since(long mark) {
        List<ServeEvent> all = new ArrayList<>(microsoft.server().getAllServeEvents());
        all.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return all.subList((int) Math.min(mark, all.size()), all.size()).stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/teams/v3/conversations/")).toList();
    }

    private static Card awaitCard(long mark, Predicate<Card> until) {
        try {
            return awaitCardOrTimeout(mark, until);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not the card awaited; the connector got: "
                    + since(mark).stream().map(x -> x.getRequest().getBodyAsString()).toList(), e);
        }
    }

    private static Card awaitCardOrTimeout(long mark, Predicate<Card> until) {
        List<Card> found = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            found.clear();
            for (ServeEvent e : since(mark)) {
                JsonNode body = FakeMicrosoft.json(e.getRequest().getBodyAsString());
                JsonNode content = body.path("attachments").path(0).path("content");
                if (content.path("type").asText().equals("AdaptiveCard")) {
                    boolean put = e.getRequest().getMethod().getName().equals("PUT");
                    String url = e.getRequest().getUrl();
                    String id = put ? url.substring(url.lastIndexOf('/') + 1) : "bot-message-1";
                    Card card = new Card(content, id, put);
                    if (until.test(card)) {
                        found.add(card);
                    }
                }
            }
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static JsonNode awaitPosted(long mark, Predicate<JsonNode> what) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            found.clear();
            since(mark).stream().map(e -> FakeMicrosoft.json(e.getRequest().getBodyAsString())).filter(what).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static LoggedRequest requestFor(JsonNode activity) {
        return microsoft.server().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> FakeMicrosoft.json(r.getBodyAsString()).equals(activity)).findFirst().orElseThrow();
    }

    private static List<LoggedRequest> uploads() {
        return microsoft.server().findAll(WireMock.putRequestedFor(WireMock.urlPathMatching("/onedrive/upload/.*")));
    }
}
