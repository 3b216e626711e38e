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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.core.notice.OutagePoller;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/**
 * Discord in the running application: the real core, the in-process sandbox portal, the embedded
 * PostgreSQL and real JDA, with Discord's side at the wire (WireMock REST, a fake gateway). Anna's
 * Discord client is Swedish, Karl's English; both link their portal accounts through the sandbox's
 * real login form, then use the core's commands through {@code /connect} and its components.
 */
@SpringBootTest(classes = ConnectBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"connectbot.sandbox.port=0", "embedded-db.data-directory=",
                // a database of its own: the JVM's other whole-bot tests run Slack's migrations on "app"
                "embedded-db.database=discord_e2e", "DISCORD_BOT_TOKEN=fake-bot-token",
                "DISCORD_GUILD_ID=" + FakeDiscord.GUILD, "connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY})
@ContextConfiguration(initializers = DiscordEndToEndTest.FakeDiscordUrls.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndToEndTest {

    static final String PASSWORD = "connect-demo";
    static final Person ANNA = Person.swede("3000000000000000001");
    static final Person KARL = Person.english("3000000000000000002");
    static final int RED = 0xC62828;

    static final FakeDiscord discord = FakeDiscord.instance();

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    @Autowired
    JdbcClient bot;

    @Autowired
    OutagePoller poller;

    @BeforeAll
    void linkAnnaAndKarl() {
        await().atMost(Duration.ofSeconds(30)).until(() -> discord.gateway().connected() && discord.gateway().identifies() > 0);
        signIn(ANNA, "login", "anna.admin@nordkust.se");
        signIn(KARL, "login", "karl.konto@nordkust.se");
    }

    @Test
    void theCoreAnswersInTheUsersLanguage() {
        assertThat(text(ask(ANNA, "help"))).contains("Det här kan jag hjälpa dig med");
        assertThat(text(ask(KARL, "help"))).contains("Here is what I can do for you");
        assertThat(text(ask(ANNA, "overview"))).contains("Översikt för");
        assertThat(text(ask(KARL, "overview"))).contains("Overview for");
    }

    @Test
    void everyReadingCommandWorksInSwedishAndEnglish() {
        List<String[]> commands = List.of(new String[] {"whoami"}, new String[] {"overview"}, new String[] {"status", "service", "070-123 45 67"},
                new String[] {"outages"}, new String[] {"invoices"}, new String[] {"orders"}, new String[] {"tickets"}, new String[] {"help", "command", "status"},
                new String[] {"outage-subscriptions"}, new String[] {"usage", "number", "070-123 45 67"});
        for (Person who : List.of(ANNA, KARL)) {
            for (String[] command : commands) {
                String[] options = java.util.Arrays.copyOfRange(command, 1, command.length);
                DataObject answer = ask(who, command[0], options);
                assertThat(colours(answer)).as("%s %s: %s", who.locale(), command[0], answer).doesNotContain(RED);
                assertThat(text(answer)).as("%s %s", who.locale(), command[0]).isNotBlank().doesNotContain("Jobbar på det", "Working on it");
            }
        }
    }

    @Test
    void aTopUpThroughItsConfirmationButton() {
        DataObject confirm = ask(ANNA, "topup", "number", "070-123 45 67", "package", "1GB");
        DataObject button = buttons(confirm).stream().filter(b -> b.getInt("style") == 1 || b.getInt("style") == 3).findFirst()
                .orElseThrow(() -> new AssertionError("no confirm button in " + confirm));
        DataObject done = click(ANNA, button.getString("custom_id"));
        assertThat(text(done)).containsPattern("Påfyllningen är beställd med ordernummer \\S+");
    }

    @Test
    void aTicketThroughItsModal() {
        DataObject reply = ask(KARL, "ticket", "category", "form");
        String open = buttons(reply).stream().map(b -> b.getString("custom_id", "")).filter(id -> id.startsWith("f|")).findFirst()
                .orElseThrow(() -> new AssertionError("no form button in " + reply));
        DataObject click = Interactions.button(KARL, open);
        discord.gateway().push("INTERACTION_CREATE", click);
        DataObject modal = awaitFound(() -> discord.requests("POST", "interactions/" + click.getString("id") + "/.*/callback").stream()
                .map(r -> DataObject.fromJson(r.getBodyAsString())).filter(b -> b.getInt("type") == 9).findFirst());
        Map<String, String> values = new java.util.LinkedHashMap<>();
        java.util.Set<String> selects = new java.util.HashSet<>();
        DataArray labels = modal.getObject("data").getArray("components");
        for (int i = 0; i < labels.length(); i++) {
            DataObject input = labels.getObject(i).getObject("component");
            String name = input.getString("custom_id");
            if (input.getInt("type") == 3) {
                selects.add(name);
            }
            values.put(name, input.getInt("type") == 3 ? input.getArray("options").getObject(0).getString("value") : "Fakturafråga från Discord " + name);
        }
        DataObject submitted = Interactions.modal(KARL, modal.getObject("data").getString("custom_id"), values, selects);
        DataObject answer = answerTo(submitted);
        assertThat(colours(answer)).as(answer.toString()).doesNotContain(RED);
        assertThat(text(answer)).as(answer.toString()).isNotBlank();
    }

    @Test
    void autocompleteOffersTheLinkedUsersOwnServicesAndNothingToAStranger() {
        DataArray choices = suggestions(ANNA, "0701234567");
        assertThat(choices.length()).isEqualTo(1);
        assertThat(choices.getObject(0).getString("value")).isEqualTo("070-123 45 67");
        assertThat(suggestions(ANNA, "").length()).as("her first services, before she types").isBetween(2, 25);
        assertThat(suggestions(ANNA, "070-456 78 90").length()).as("Sofia's number is another company's").isZero();

        assertThat(suggestions(Person.swede("3000000000000000099"), "070").length()).isZero();
    }

    /**
     * The channel subscribes through {@code /connect subscribe-outages}; an outage published through
     * the sandbox's operator API is posted once in the channel by the application's outbox (through
     * the Discord sender), then edited in place; its "still a problem for us?" button answers when clicked.
     */
    @Test
    void anOutageNoticeIsPostedOnceInTheChannelThenEditedInPlace() {
        DataObject subscribed = ask(ANNA, "subscribe-outages", "filters", "Kiruna");
        assertThat(text(subscribed)).as(subscribed.toString()).contains("Prenumeration #", "Kiruna");
        poller.poll(); // the feed's cursor exists from here on
        String posts = "channels/" + FakeDiscord.CHANNEL + "/messages";
        int before = discord.requests("POST", posts).size();

        Outage published = operator().createOutage(new NewOutage("Kabelbrott @everyone Kiruna", "Grävskada vid E10.",
                OutageKind.FIXED, List.of(), Outage.Severity.MAJOR, List.of("Kiruna"), List.of("981 31"), null,
                Instant.now().plus(Duration.ofHours(3))), "discord-notice-" + UUID.randomUUID());
        poller.poll();
        await().atMost(Duration.ofSeconds(20)).until(() -> discord.requests("POST", posts).size() == before + 1);
        DataObject notice = sent(discord.requests("POST", posts).getLast());
        assertThat(text(notice)).contains("Kabelbrott", "Kiruna");
        assertThat(notice.getObject("allowed_mentions").getArray("parse").length()).as("no @everyone ping").isZero();
        DataObject stillAProblem = buttons(notice).stream().filter(b -> b.getString("label", "").contains("Fortfarande problem"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'still a problem' button in " + notice));

        operator().updateOutage(published.id(), OutagePatch.updateText("Skarvning pågår"));
        poller.poll();
        String edits = "channels/" + FakeDiscord.CHANNEL + "/messages/[0-9]+";
        await().atMost(Duration.ofSeconds(20)).until(() -> discord.requests("PATCH", edits).stream()
                .anyMatch(r -> text(sent(r)).contains("Skarvning pågår")));
        List<DataObject> after = discord.requests("POST", posts).stream().skip(before).map(DiscordEndToEndTest::sent).toList();
        assertThat(after.stream().filter(m -> !m.hasKey("message_reference"))).as("still the one message").hasSize(1);
        assertThat(after.stream().filter(m -> m.hasKey("message_reference")))
                .as("the update also as a reply to the notice, as Slack threads it")
                .allSatisfy(m -> assertThat(text(m)).contains("Skarvning pågår"));

        DataObject clicked = click(ANNA, stillAProblem.getString("custom_id"));
        assertThat(colours(clicked)).as(clicked.toString()).doesNotContain(RED);
        assertThat(text(clicked)).isNotBlank();
    }

    /**
     * The card's first post was taken by Discord, but storing its reference failed (as if the bot
     * died before the commit), again on every retry while the outage changed. The retries post
     * with the attempt's marker as the nonce; Discord answers the first message each time, and
     * once the reference is stored that message shows the latest card: one message, not several.
     */
    @Test
    void aNoticeWhoseReferenceWasNeverStoredIsNotPostedAgainButUpdatedInPlace() {
        DataObject subscribed = ask(ANNA, "subscribe-outages", "filters", "Luleå");
        assertThat(text(subscribed)).as(subscribed.toString()).contains("Prenumeration #", "Luleå");
        poller.poll();
        String title = "Fiberbrott Luleå " + UUID.randomUUID().toString().substring(0, 8);
        Outage published = operator().createOutage(new NewOutage(title, "Grävskada vid hamnen.", OutageKind.FIXED, List.of(),
                Outage.Severity.MAJOR, List.of("Luleå"), List.of("972 31"), null, Instant.now().plus(Duration.ofHours(3))),
                "discord-lost-" + UUID.randomUUID());
        bot.sql("create or replace function test_lose_notice() returns trigger language plpgsql as "
                + "'begin raise exception ''the bot dies before the commit''; end'").update();
        bot.sql("create trigger test_lose_notice before insert on outage_notice for each row when (new.outage_id = '"
                + published.id() + "') execute function test_lose_notice()").update();
        String marker;
        try {
            poller.poll();
            marker = await().atMost(Duration.ofSeconds(20)).until(() -> bot.sql("select marker from outage_notice_attempt "
                    + "where outage_id = :o").param("o", published.id()).query(String.class).optional(), Optional::isPresent).get();
            await().atMost(Duration.ofSeconds(20)).until(() -> cards(title).size() == 1 && bot.sql("select coalesce(max(attempts), 0) "
                    + "from outage_outbox where outage_id = :o").param("o", published.id()).query(Integer.class).single() > 0);
            operator().updateOutage(published.id(), OutagePatch.updateText("Skarvning pågår"));
            poller.poll();
            discord.age(Duration.ofMinutes(2)); // the retry comes later, as after a dead instance's lease
        } finally {
            bot.sql("drop trigger test_lose_notice on outage_notice").update();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> bot.sql("select count(*) from outage_notice where outage_id = :o")
                .param("o", published.id()).query(Integer.class).single() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> cards(title).stream().anyMatch(m -> text(m).contains("Skarvning pågår")));
        await("every change delivered, so that no later post reaches another test").atMost(Duration.ofSeconds(30))
                .until(() -> bot.sql("select count(*) from outage_outbox where outage_id = :o").param("o", published.id())
                        .query(Integer.class).single() == 0);

        assertThat(cards(title)).as("one card in the channel").singleElement().satisfies(card -> assertThat(card.getString("id"))
                .isEqualTo(bot.sql("select message_id from outage_notice where outage_id = :o").param("o", published.id())
                        .query(String.class).single()));
        assertThat(discord.requests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages").stream().map(DiscordEndToEndTest::sent)
                .filter(m -> text(m).contains(title))).as("every try posted with the attempt's marker as its nonce")
                .isNotEmpty().allSatisfy(m -> assertThat(m.getString("nonce")).isEqualTo(marker));
    }

    /** The outage cards in the channel as Discord shows them now (thread lines are replies without the title). */
    private static List<DataObject> cards(String title) {
        return discord.messagesIn(FakeDiscord.CHANNEL).stream().filter(m -> text(m).contains(title)).toList();
    }

    /** A report asked for through {@code /connect report} arrives as an attached workbook. */
    @Test
    void aReportArrivesAsAnAttachedWorkbook() {
        DataObject interaction = Interactions.slash(KARL, "report", "kind", "services", "account", "all", "period", "everything");
        discord.gateway().push("INTERACTION_CREATE", interaction);
        String token = interaction.getString("token");
        com.github.tomakehurst.wiremock.verification.LoggedRequest withFile = awaitFound(() -> java.util.stream.Stream.concat(
                        discord.requests("PATCH", "webhooks/" + FakeDiscord.APPLICATION + "/" + token + "/messages/@original").stream(),
                        discord.requests("POST", "webhooks/" + FakeDiscord.APPLICATION + "/" + token).stream())
                .filter(r -> r.isMultipart() && r.getParts().stream().anyMatch(part -> part.getName().startsWith("files[")))
                .findFirst());
        var file = withFile.getParts().stream().filter(part -> part.getName().startsWith("files[")).findFirst().orElseThrow();
        assertThat(file.getHeader("Content-Disposition").firstValue()).contains(".xlsx");
        byte[] workbook = file.getBody().asBytes();
        assertThat(workbook.length).isGreaterThan(100);
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip, as xlsx files are").isEqualTo("PK");
    }

    private OperatorPortal operator() {
        return PortalClients.operator(PortalClientConfig.of(sandbox.baseUrl(), "connect-operator", "connect-operator-secret")
                .withCache(PortalClientConfig.CacheSettings.disabled()));
    }

    private static DataObject sent(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        return payload(request.getBodyAsString(), request.isMultipart() ? request.getPart("payload_json").getBody().asString() : null);
    }

    private static DataArray suggestions(Person who, String typed) {
        DataObject request = Interactions.autocomplete(who, "status", "service", typed);
        discord.gateway().push("INTERACTION_CREATE", request);
        DataObject answer = awaitFound(() -> discord.requests("POST", "interactions/" + request.getString("id") + "/.*/callback").stream()
                .map(r -> DataObject.fromJson(r.getBodyAsString())).findFirst());
        assertThat(answer.getInt("type")).isEqualTo(8);
        return answer.getObject("data").getArray("choices");
    }

    private void signIn(Person who, String command, String username) {
        DataObject prompt = ask(who, command);
        String link = buttons(prompt).stream().filter(b -> b.hasKey("url")).findFirst().orElseThrow().getString("url");
        assertThat(link).startsWith(sandbox.baseUrl() + "/oauth2/authorize?");
        WebChatClient browser = new WebChatClient(URI.create("http://localhost:" + port));
        HttpResponse<String> page = browser.followSignInLink(URI.create(link), username, PASSWORD);
        if (page.statusCode() == 200 && page.body().contains("name=\"decision\"")) {
            assertThat(page.body()).as("the confirmation names the Discord user").contains(who.name() + " (" + who.userId() + ")")
                    .as("the adapter's fixed workspace id is no server").doesNotContain("(discord)", "servern discord", "server discord");
            Matcher state = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(state.find()).isTrue();
            browser.session();
            page = browser.postRaw("/oauth/callback?state=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                    + "&decision=confirm", "", true);
        }
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.sql("select count(*) from account_link where platform = 'DISCORD' and user_id = :u")
                .param("u", who.userId()).query(Long.class).single() == 1);
    }

    private DataObject ask(Person who, String subcommand, String... options) {
        return answerTo(Interactions.slash(who, subcommand, options));
    }

    private DataObject click(Person who, String customId) {
        return answerTo(Interactions.button(who, customId));
    }

    /** Pushes the interaction and waits for its deferred reply's last edit that is not the "working on it" note. */
    private DataObject answerTo(DataObject interaction) {
        discord.gateway().push("INTERACTION_CREATE", interaction);
        String path = "webhooks/" + FakeDiscord.APPLICATION + "/" + interaction.getString("token") + "/messages/@original";
        return awaitFound(() -> discord.requests("PATCH", path).stream()
                .map(r -> payload(r.getBodyAsString(), r.isMultipart() ? r.getPart("payload_json").getBody().asString() : null))
                .filter(b -> !text(b).contains("Jobbar på det") && !text(b).contains("Working on it"))
                .reduce((first, second) -> second));
    }

    private static DataObject payload(String body, String multipart) {
        return DataObject.fromJson(multipart != null ? multipart : body);
    }

    private static <T> T awaitFound(java.util.concurrent.Callable<Optional<T>> found) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(found, Optional::isPresent).orElseThrow();
    }

    private static String text(DataObject message) {
        StringBuilder text = new StringBuilder(message.getString("content", ""));
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        for (int i = 0; i < embeds.length(); i++) {
            DataObject embed = embeds.getObject(i);
            text.append('\n').append(embed.getString("title", "")).append('\n').append(embed.getString("description", ""));
            DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
            for (int f = 0; f < fields.length(); f++) {
                text.append('\n').append(fields.getObject(f).getString("name")).append(' ').append(fields.getObject(f).getString("value"));
            }
        }
        return text.toString().replace("\\", "");
    }

    private static List<Integer> colours(DataObject message) {
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        return java.util.stream.IntStream.range(0, embeds.length()).mapToObj(i -> embeds.getObject(i).getInt("color", 0)).toList();
    }

    private static List<DataObject> buttons(DataObject message) {
        List<DataObject> all = new java.util.ArrayList<>();
        DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
        for (int r = 0; r < rows.length(); r++) {
            DataArray components = rows.getObject(r).getArray("components");
            for (int c = 0; c < components.length(); c++) {
                all.add(components.getObject(c));
            }
        }
        return all;
    }

    /** Discord's REST and gateway are the fake's, as DISCORD_API_URL and DISCORD_GATEWAY_URL point them elsewhere in staging. */
    static final class FakeDiscordUrls implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeDiscord",
                    Map.of("DISCORD_API_URL", discord.apiUrl(), "DISCORD_GATEWAY_URL", discord.gateway().url())));
        }
    }
}
