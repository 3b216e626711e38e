package se.connectbot.teams.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.FakeMicrosoft;
import se.connectbot.teams.testing.TeamsWireTest;

/** What the bot says unasked (outage notices), through the core's Outbound, at the connector. */
class TeamsSenderTest extends TeamsWireTest {

    private static final ConversationRef CHANNEL = new ConversationRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, true);

    @Autowired
    Outbound outbound;

    @Autowired
    ConversationStore conversations;

    @BeforeEach
    void theBotIsInTheChannel() {
        conversations.addPlatformData(CHANNEL, Map.of("serviceUrl", microsoft.serviceUrl(), "conversationType", "channel", "installed", "true"));
    }

    @Test
    void anOutageNoticeIsPostedAndLaterUpdatedInPlace() {
        MessageRef posted = outbound.post(CHANNEL, Reply.of(new Block.Text("Driftstörning: 5G i Göteborg", Block.Tone.WARNING)));

        assertThat(posted).isEqualTo(new MessageRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, "bot-message-1"));
        assertThat(microsoft.postedMessages()).singleElement().satisfies(m -> assertThat(m.toString()).contains("Driftstörning"));

        outbound.update(posted, Reply.of(new Block.Text("Åtgärdat: 5G i Göteborg", Block.Tone.SUCCESS)));

        JsonNode update = FakeMicrosoft.json(microsoft.connectorCalls("PUT", "conversations/19%3Ageneral%40thread.tacv2/activities/bot-message-1")
                .get(0).getBodyAsString());
        assertThat(update.toString()).contains("Åtgärdat");
    }

    @Test
    void aThreadReplyInAChannelGoesIntoTheParentsThread() {
        MessageRef parent = new MessageRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, "1700000000123");

        outbound.replyInThread(parent, Reply.text("Uppdatering: tekniker på plats"));

        assertThat(microsoft.connectorCalls("POST", "conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1700000000123/activities"))
                .hasSize(1);
    }

    /** A card into a conversation carries its text's language; the adapter's own words (a select's button) follow it. */
    @Test
    void aConversationsCardSpeaksTheLanguageItCarriesInTheAdaptersOwnWords() {
        Reply pick = Reply.of(new Block.Choices("Which service?", java.util.List.of(Block.Choice.of("Mobile", "status.pick", "svc-1")),
                Block.ChoiceStyle.SELECT));

        MessageRef posted = outbound.post(CHANNEL, pick, Language.EN);
        outbound.update(posted, pick, Language.EN);
        MessageRef parent = new MessageRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, "1700000000123");
        outbound.replyInThread(parent, pick, Language.EN);
        outbound.post(CHANNEL, pick);

        assertThat(microsoft.postedMessages()).hasSize(3);
        assertThat(microsoft.postedMessages().get(0).toString()).as("a post").contains("\"Choose\"").doesNotContain("Välj");
        assertThat(microsoft.postedMessages().get(2).toString()).as("a post without a language: Swedish").contains("\"Välj\"");
        assertThat(microsoft.connectorCalls("PUT", "conversations/19%3Ageneral%40thread.tacv2/activities/bot-message-1").get(0)
                .getBodyAsString()).as("an update").contains("\"Choose\"").doesNotContain("Välj");
        assertThat(microsoft.connectorCalls("POST", "conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1700000000123/activities")
                .get(0).getBodyAsString()).as("a thread reply").contains("\"Choose\"").doesNotContain("Välj");
    }

    @Test
    void aPrivateMessageOpensThePersonsOneToOneChat() {
        MessageRef sent = outbound.sendPrivately(new ChatUser(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.KARL),
                Reply.text("Du är inloggad som Karl Berg."));

        assertThat(sent.conversationId()).isEqualTo("a:personal-chat-with-user");
        JsonNode created = FakeMicrosoft.json(microsoft.connectorCalls("POST", "conversations").get(0).getBodyAsString());
        assertThat(created.path("members").get(0).path("id").asText()).isEqualTo(Activities.KARL);
        assertThat(created.path("bot").path("id").asText()).isEqualTo(FakeMicrosoft.BOT_ID);
    }

    @Test
    void aConnectorThatKeepsThrottlingIsRateLimitedWithItsRetryAfter() {
        microsoft.stub(post(urlPathMatching("/teams/v3/conversations/.+/activities")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> outbound.post(CHANNEL, Reply.text("Driftstörning")))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.error()).isEqualTo(OutboundError.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(6));
        assertThat(microsoft.connectorCalls("POST", "conversations/.+/activities")).hasSize(4);
    }

    @Test
    void aGoneConversationAndARemovedBotAreToldApart() {
        microsoft.stub(put(urlPathMatching("/teams/v3/conversations/.+/activities/.+")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        MessageRef old = new MessageRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, "deleted-1");
        assertThatThrownBy(() -> outbound.update(old, Reply.text("x")))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.CONVERSATION_GONE));

        conversations.addPlatformData(CHANNEL, Map.of("installed", "false"));
        assertThatThrownBy(() -> outbound.post(CHANNEL, Reply.text("x")))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.NO_ACCESS));
    }

    @Test
    void anUpdateThatNeedsMoreThanOneCardIsRefusedAsTooLarge() {
        MessageRef posted = new MessageRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, "m-1");
        assertThatThrownBy(() -> outbound.update(posted, Reply.text("lång ".repeat(40_000))))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.MESSAGE_TOO_LARGE));
    }
}
