package se.connectbot.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

class SlashCommandTest extends DiscordWireTest {

    @Autowired
    DataSource dataSource;

    /**
     * Issue 7, secrets at rest and in the log: the interaction token (a bearer URL, like Slack's
     * response_url) is kept sealed with the accepted work, and neither it nor the bot's token is logged.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theInteractionTokenIsKeptSealedAndNoTokenIsLogged(CapturedOutput log) {
        DataObject interaction = Interactions.slash(Person.swede("2000000000000000009"), "status", "service", "0701234567");
        push(interaction);
        awaitRequests("PATCH", "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original", 1);

        String kept = JdbcClient.create(dataSource)
                .sql("select data from accepted_work where platform = 'DISCORD' and delivery_id = :d")
                .param("d", interaction.getString("id")).query(String.class).single();
        assertThat(kept).startsWith("v1:").doesNotContain(interaction.getString("token")).doesNotContain("0701234567");
        assertThat(log.getAll()).doesNotContain(interaction.getString("token")).doesNotContain("fake-bot-token");
    }

    @Test
    void defersEphemerallyAtOnceThenEditsTheDeferredReplyWithTheAnswer() {
        DataObject interaction = Interactions.slash(Person.swede("2000000000000000001"), "status", "service", "0701234567");
        push(interaction);

        LoggedRequest ack = awaitRequests("POST", "interactions/" + interaction.getString("id") + "/.*/callback", 1).getFirst();
        DataObject deferral = payload(ack);
        assertThat(deferral.getInt("type")).isEqualTo(5);
        assertThat(deferral.getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);

        LoggedRequest edit = awaitRequests("PATCH", "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original", 1).getFirst();
        DataObject body = payload(edit);
        assertThat(body.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(body.getArray("embeds").getObject(0).getString("description")).contains("echo: Text\\[text=status 0701234567\\]");

        Inbound inbound = engine.received().getFirst();
        assertThat(inbound.user().platform()).isEqualTo(Platform.DISCORD);
        assertThat(inbound.user().userId()).isEqualTo("2000000000000000001");
        assertThat(inbound.conversation().workspaceId()).isEqualTo(FakeDiscord.GUILD);
        assertThat(inbound.conversation().shared()).isTrue();
        assertThat(inbound.names().user()).isEqualTo("Anna Lindqvist");
    }

    @Test
    void buildsTheCoresTextInTheUsersLanguageFromTheLocalisedNames() {
        push(Interactions.slash(Person.swede("2000000000000000002"), "topup", "number", "070-123 45 67", "package", "5GB"));
        push(Interactions.slash(Person.english("2000000000000000003"), "topup", "package", "5GB", "number", "070-123 45 67"));
        push(Interactions.slash(Person.swede("2000000000000000004"), "whoami"));

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.received().size() == 3);
        List<String> texts = engine.received().stream().map(i -> ((Inbound.Text) i.payload()).text()).sorted().toList();
        assertThat(texts).containsExactly("fyll på 070-123 45 67 5GB", "topup 070-123 45 67 5GB", "vem är jag");
    }

    /** The outage notice and report commands, written after the adapter, read as the core's own keywords in both languages. */
    @Test
    void noticeAndReportSubcommandsBecomeTheCoresKeywordsInTheUsersLanguage() {
        Person sv = Person.swede("2000000000000000005");
        Person en = Person.english("2000000000000000006");
        push(Interactions.slash(sv, "subscribe-outages", "filters", "Göteborg 4G större"));
        push(Interactions.slash(en, "subscribe-outages"));
        push(Interactions.slash(sv, "outage-subscriptions"));
        push(Interactions.slash(en, "outage-subscriptions"));
        push(Interactions.slash(sv, "unsubscribe", "subscription", "alla"));
        push(Interactions.slash(en, "unsubscribe", "subscription", "2"));
        push(Interactions.slash(sv, "report", "period", "2026-01..2026-06", "kind", "usage", "account", "Nordkust AB"));
        push(Interactions.slash(en, "report", "kind", "invoices"));
        push(Interactions.slash(sv, "usage", "number", "070-123 45 67"));
        push(Interactions.slash(en, "usage", "number", "070-123 45 67"));

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.received().size() == 10);
        List<String> texts = engine.received().stream().map(i -> ((Inbound.Text) i.payload()).text()).sorted().toList();
        assertThat(texts).containsExactlyInAnyOrder(
                "prenumerera drift Göteborg 4G större", "subscribe outages",
                "prenumerationer", "outage subscriptions",
                "avsluta prenumeration alla", "unsubscribe 2",
                "rapport usage Nordkust AB 2026-01..2026-06", "report invoices",
                "förbrukning 070-123 45 67", "usage 070-123 45 67");
    }
}

