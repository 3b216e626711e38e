package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

class SlashCommandTest extends SlackWireTest {

    @Test
    void swedishSlashCommandReachesTheCoreAsTextInASharedChannelWithTheUsersLocale() {
        HttpResponse<String> ack = requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status 070-123 45 67", "trigger-sv-1", slack.responseUrl("sv-1")));

        assertThat(ack.statusCode()).isEqualTo(200);
        Inbound inbound = awaitInbound();
        assertThat(inbound.deliveryId()).isEqualTo("cmd:trigger-sv-1");
        assertThat(inbound.user()).isEqualTo(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE));
        assertThat(inbound.conversation()).isEqualTo(new ConversationRef(Platform.SLACK, FakeSlack.TEAM, "C0GENERAL", true));
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("status 070-123 45 67"));
    }

    @Test
    void englishSlashCommandInTheUsersOwnDirectMessagesIsPrivateAndUnescaped() {
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, FakeSlack.BRITS_DM, FakeSlack.BRIT,
                "invoices unpaid &amp; overdue &lt;2026&gt;", "trigger-en-1", slack.responseUrl("en-1")));

        Inbound inbound = awaitInbound();
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(inbound.conversation().shared()).isFalse();
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("invoices unpaid & overdue <2026>"));
    }

    @Test
    void slashCommandInSomeoneElsesDirectMessagesCountsAsShared() {
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "D0ANNAKARL", FakeSlack.SWEDE,
                "fakturor", "trigger-dm-2", slack.responseUrl("dm-2")));

        assertThat(awaitInbound().conversation().shared()).isTrue();
    }

    @Test
    void replyGoesBackThroughTheResponseUrlForEveryone() {
        engine.answer(Reply.of(Block.heading("Status"), Block.text("Tjänsten är aktiv.")));

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status 0701234567", "trigger-3", slack.responseUrl("reply-3")));

        JsonObject posted = FakeSlack.json(awaitRequests("/hooks/reply-3", 1).get(0).getBodyAsString());
        assertThat(posted.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(posted.get("replace_original").getAsBoolean()).isFalse();
        assertThat(posted.get("text").getAsString()).isEqualTo("Status");
        assertThat(posted.getAsJsonArray("blocks").get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("header");
        assertThat(posted.toString()).contains("Tjänsten är aktiv.");
    }

    @Test
    void privateReplyInAChannelIsEphemeral() {
        engine.answer(Reply.text("Din faktura 1001 är obetald.").privately());

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "fakturor", "trigger-4", slack.responseUrl("private-4")));

        JsonObject posted = FakeSlack.json(awaitRequests("/hooks/private-4", 1).get(0).getBodyAsString());
        assertThat(posted.get("response_type").getAsString()).isEqualTo("ephemeral");
    }

    @Test
    void slowCoreIsAcknowledgedAtOnceAndShowsWorkingOnItBeforeTheAnswer() {
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "hjälp", "trigger-5-warm-up", slack.responseUrl("warm-up-5")));
        awaitRequests("/hooks/warm-up-5", 1);
        engine.slowBy(Duration.ofMillis(2000));
        engine.answer(Reply.text("Klart."));

        long start = System.nanoTime();
        HttpResponse<String> ack = requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "översikt", "trigger-5", slack.responseUrl("slow-5")));
        long ackMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).isLessThan(1000);
        List<LoggedRequest> posts = awaitRequests("/hooks/slow-5", 2);
        JsonObject first = FakeSlack.json(posts.get(0).getBodyAsString());
        JsonObject second = FakeSlack.json(posts.get(1).getBodyAsString());
        assertThat(first.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(first.get("text").getAsString()).isEqualTo("Jobbar på det…");
        assertThat(second.get("text").getAsString()).isEqualTo("Klart.");
    }

    @Test
    void fastCoreShowsNoWorkingNote() throws InterruptedException {
        engine.answer(Reply.text("Snabbt svar."));

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "hjälp", "trigger-6", slack.responseUrl("fast-6")));

        awaitRequests("/hooks/fast-6", 1);
        Thread.sleep(1200);
        assertThat(slack.requestsTo("/hooks/fast-6")).hasSize(1);
    }

    @Test
    void coreThatThrowsIsToldToTheUserInsteadOfSilence() {
        engine.answer(inbound -> {
            throw new IllegalStateException("boom");
        });

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.BRIT,
                "status", "trigger-7", slack.responseUrl("fail-7")));

        JsonObject posted = FakeSlack.json(awaitRequests("/hooks/fail-7", 1).get(0).getBodyAsString());
        assertThat(posted.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(posted.get("text").getAsString()).startsWith("Something went wrong");
    }

    @Test
    void userWhoChoseEnglishInTheBotGetsTheWorkingAndFailureNotesInEnglishThoughSlacksLocaleIsSwedish() {
        engine.answer(inbound -> {
            if (inbound.payload().equals(new Inbound.Text("språk engelska"))) {
                languages.choose(inbound.user(), Language.EN); // what the core's language command stores
                return Reply.text("I will answer in English.");
            }
            throw new IllegalStateException("boom");
        });
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "språk engelska", "trigger-8-choose", slack.responseUrl("choose-8")));
        awaitRequests("/hooks/choose-8", 1);
        engine.slowBy(Duration.ofMillis(1500));

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "översikt", "trigger-8", slack.responseUrl("english-8")));

        assertThat(engine.received().get(0).locale()).hasToString("sv_SE");
        List<LoggedRequest> posts = awaitRequests("/hooks/english-8", 2);
        assertThat(FakeSlack.json(posts.get(0).getBodyAsString()).get("text").getAsString()).isEqualTo("Working on it…");
        assertThat(FakeSlack.json(posts.get(1).getBodyAsString()).get("text").getAsString()).startsWith("Something went wrong");
    }

    private Inbound awaitInbound() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.received().isEmpty());
        return engine.received().get(0);
    }
}
