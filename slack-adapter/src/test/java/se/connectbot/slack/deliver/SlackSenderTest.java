package se.connectbot.slack.deliver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.i18n.Language;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SlackWireTest;
import se.connectbot.core.rights.Capability;

/** The core's outbound port on Slack, at the wire: posts, updates, threads, private messages, files, and failures as codes. */
class SlackSenderTest extends SlackWireTest {

    private static final ConversationRef CHANNEL = new ConversationRef(Platform.SLACK, FakeSlack.TEAM, "C0DRIFT", true);

    @Autowired
    SlackSender sender;
    @Autowired
    MemoryFileStore files;

    private Outbound outbound() {
        return new Outbound(java.util.List.of(sender));
    }

    @Test
    void channelPostIsPostedAndUpdatedInPlace() {
        MessageRef posted = outbound().post(CHANNEL, Reply.of(Block.heading("Driftstörning i Umeå"), Block.text("4G-nätet är nere sedan 08:10.")));
        MessageRef updated = outbound().update(posted, Reply.of(Block.heading("Åtgärdad: driftstörning i Umeå")));

        assertThat(posted).isEqualTo(new MessageRef(Platform.SLACK, FakeSlack.TEAM, "C0DRIFT", "1700000000.000100"));
        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(0))).containsEntry("channel", "C0DRIFT");
        Map<String, String> update = FakeSlack.form(slack.calls("chat.update").get(0));
        assertThat(update).containsEntry("channel", "C0DRIFT").containsEntry("ts", "1700000000.000100")
                .containsEntry("text", "Åtgärdad: driftstörning i Umeå");
        assertThat(updated).isEqualTo(posted);
    }

    @Test
    void aMarkedPostCarriesItsMarkerAsMetadataAndIsFoundInTheChannelsHistory() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(60);
        MessageRef posted = outbound().post(CHANNEL, Reply.of(Block.heading("Driftstörning i Umeå")), "a1b2c3d4e5f6a1b2c3d4e5f6");
        outbound().post(CHANNEL, Reply.of(Block.heading("Annat")));

        Map<String, String> sent = FakeSlack.form(slack.calls("chat.postMessage").get(0));
        assertThat(FakeSlack.json(sent.get("metadata")).get("event_type").getAsString()).isEqualTo("connectbot_outage_notice");
        assertThat(FakeSlack.json(sent.get("metadata")).getAsJsonObject("event_payload").get("marker").getAsString())
                .isEqualTo("a1b2c3d4e5f6a1b2c3d4e5f6");
        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(1))).doesNotContainKey("metadata");

        assertThat(outbound().findPosted(CHANNEL, "a1b2c3d4e5f6a1b2c3d4e5f6", before)).contains(posted);
        Map<String, String> asked = FakeSlack.form(slack.calls("conversations.history").get(0));
        assertThat(asked).containsEntry("channel", "C0DRIFT").containsEntry("include_all_metadata", "1");
        assertThat(Double.parseDouble(asked.get("oldest"))).isEqualTo(before.getEpochSecond() + before.getNano() / 1000 / 1e6);
        assertThat(outbound().findPosted(CHANNEL, "ffffffffffffffffffffffff", before)).as("another marker").isEmpty();
        assertThat(outbound().findPosted(new ConversationRef(Platform.SLACK, FakeSlack.TEAM, "C0OTHER", true),
                "a1b2c3d4e5f6a1b2c3d4e5f6", before)).as("another channel").isEmpty();
        assertThat(outbound().findPosted(CHANNEL, "a1b2c3d4e5f6a1b2c3d4e5f6", java.time.Instant.now().plusSeconds(60)))
                .as("posted before the time asked about").isEmpty();
    }

    @Test
    void aHistoryTheBotMayNotReadCannotTellButAFailingSlackIsNotTakenForNotPosted() {
        slack.api("conversations.history", "{\"ok\":false,\"error\":\"missing_scope\"}");
        assertThat(outbound().findPosted(CHANNEL, "a1b2c3d4e5f6", java.time.Instant.now())).isEmpty();
        slack.api("conversations.history", "{\"ok\":false,\"error\":\"internal_error\"}");
        assertThatThrownBy(() -> outbound().findPosted(CHANNEL, "a1b2c3d4e5f6", java.time.Instant.now()))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.TRANSIENT));
    }

    @Test
    void repliesInTheThreadOfAPostedMessage() {
        MessageRef posted = outbound().post(CHANNEL, Reply.text("Driftstörning i Umeå"));
        outbound().replyInThread(posted, Reply.text("Tekniker är på plats."));

        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(1)))
                .containsEntry("channel", "C0DRIFT").containsEntry("thread_ts", "1700000000.000100");
    }

    @Test
    void aPrivateMessageGoesToThePersonsDirectConversation() {
        MessageRef sent = outbound().sendPrivately(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE), Reply.text("Du är inloggad"));

        assertThat(FakeSlack.form(slack.calls("conversations.open").get(0))).containsEntry("users", FakeSlack.SWEDE);
        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(0))).containsEntry("channel", FakeSlack.OPENED_DM);
        assertThat(sent.conversationId()).isEqualTo(FakeSlack.OPENED_DM);
    }

    @Test
    void aPrivateMessageSpeaksTheLanguageThePersonChoseInTheBot() {
        ChatUser person = new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE);
        languages.choose(person, Language.EN);
        Reply pick = Reply.of(new Block.Choices(null, java.util.List.of(Block.Choice.of("Mobil", "status.pick", "svc-1")),
                Block.ChoiceStyle.SELECT));

        outbound().sendPrivately(person, pick);

        String blocks = FakeSlack.form(slack.calls("chat.postMessage").get(0)).get("blocks");
        assertThat(blocks).as("the select's placeholder").contains("Choose…").doesNotContain("Välj…");
    }

    @Test
    void anEnglishPostSplitInTwoSaysItsContinuationInEnglish() {
        Reply lines = Reply.of(java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> Block.text("Line " + i + " of the outage report")).toArray(Block[]::new));

        outbound().post(CHANNEL, lines, Language.EN);

        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        String second = FakeSlack.form(slack.calls("chat.postMessage").get(1)).get("blocks");
        assertThat(second).contains("Continued, part 2 of 2").doesNotContain("Fortsättning");
    }

    @Test
    void anEnglishUpdateAndThreadReplySpeakEnglishInTheAdaptersOwnWords() {
        Reply pick = Reply.of(new Block.Choices(null, java.util.List.of(Block.Choice.of("Mobile", "status.pick", "svc-1")),
                Block.ChoiceStyle.SELECT));
        MessageRef posted = outbound().post(CHANNEL, Reply.text("Outage in Umeå"), Language.EN);

        outbound().update(posted, pick, Language.EN);
        outbound().replyInThread(posted, pick, Language.EN);
        outbound().post(CHANNEL, pick);

        assertThat(FakeSlack.form(slack.calls("chat.update").get(0)).get("blocks")).contains("Choose…").doesNotContain("Välj…");
        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(1)).get("blocks")).contains("Choose…").doesNotContain("Välj…");
        assertThat(FakeSlack.form(slack.calls("chat.postMessage").get(2)).get("blocks")).as("a post without a language: Swedish")
                .contains("Välj…");
    }

    @Test
    void aFileIsUploadedIntoTheConversation() {
        Block.Attachment pdf = files.save(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE), Capability.VIEW_INVOICES,
                "faktura.pdf", "application/pdf", new byte[] {37, 80}).attachment(null);
        MessageRef file = outbound().deliverFile(CHANNEL, Reply.of(pdf));

        assertThat(FakeSlack.form(slack.calls("files.completeUploadExternal").get(0))).containsEntry("channel_id", "C0DRIFT");
        assertThat(file.messageId()).isEqualTo("F0FILE");
    }

    @ParameterizedTest
    @CsvSource({"not_in_channel,NO_ACCESS", "missing_scope,NO_ACCESS", "invalid_auth,NO_ACCESS", "account_inactive,NO_ACCESS",
            "channel_not_found,CONVERSATION_GONE", "is_archived,CONVERSATION_GONE", "msg_too_long,MESSAGE_TOO_LARGE",
            "invalid_blocks,MESSAGE_TOO_LARGE", "internal_error,TRANSIENT", "ratelimited,RATE_LIMITED"})
    void slacksRefusalBecomesACodeTheCallerCanActOn(String slackError, OutboundError expected) {
        slack.api("chat.postMessage", "{\"ok\":false,\"error\":\"" + slackError + "\"}");

        assertThatThrownBy(() -> outbound().post(CHANNEL, Reply.text("Driftstörning")))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.error()).isEqualTo(expected);
                    assertThat(e.getMessage()).contains(slackError);
                });
    }

    @Test
    void aRateLimitLongerThanWeWaitIsRateLimitedWithSlacksRetryAfter() {
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        assertThatThrownBy(() -> outbound().post(CHANNEL, Reply.text("Driftstörning")))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.error()).isEqualTo(OutboundError.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });
    }

    @Test
    void aSlackThatCannotBeReachedIsTransient() {
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> outbound().post(CHANNEL, Reply.text("Driftstörning")))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.TRANSIENT));
    }
}
