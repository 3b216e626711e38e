package se.connectbot.discord.deliver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.coretesting.ChosenLanguages;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;

/** The core's outbound port on Discord, at the wire. */
class DiscordSenderTest extends DiscordWireTest {

    private static final ConversationRef CHANNEL = new ConversationRef(Platform.DISCORD, FakeDiscord.GUILD, FakeDiscord.CHANNEL, true);

    @Autowired
    DiscordSender sender;

    @Autowired
    ChosenLanguages languages;

    @Test
    void postsAnOutageNoticeIntoTheChannelAndEditsItInPlace() {
        MessageRef posted = sender.send(new Outgoing.Post(CHANNEL, Reply.of(new Block.Text("Driftstörning i Göteborg @everyone", Block.Tone.WARNING))));
        DataObject post = payload(awaitRequests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages", 1).getFirst());
        assertThat(post.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(post.getArray("embeds").getObject(0).getString("description")).isEqualTo("Driftstörning i Göteborg @\u200Beveryone");
        assertThat(posted.workspaceId()).isEqualTo(FakeDiscord.GUILD);

        sender.send(new Outgoing.Update(posted, Reply.of(new Block.Text("Åtgärdad", Block.Tone.SUCCESS))));
        DataObject edit = payload(awaitRequests("PATCH", "channels/" + FakeDiscord.CHANNEL + "/messages/" + posted.messageId(), 1).getFirst());
        assertThat(edit.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(edit.getArray("embeds").getObject(0).getString("description")).isEqualTo("Åtgärdad");
    }

    /**
     * The outage card's first post, Discord took it and the bot died before storing its answer:
     * the retry (another instance, after the lease) posts with the same marker, Discord answers
     * the first try's message instead of making another, and the sender brings it up to date.
     */
    @Test
    void aMarkedPostTakenByAnEarlierTryIsAnsweredWithThatMessageAndUpdatedInPlace() {
        String marker = "a1b2c3d4e5f6a1b2c3d4e5f6";
        sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna"), marker)); // its answer never stored: the bot died
        String posts = "channels/" + FakeDiscord.CHANNEL + "/messages";
        DataObject first = payload(awaitRequests("POST", posts, 1).getFirst());
        assertThat(first.getString("nonce")).as("the marker is the nonce").isEqualTo(marker);
        assertThat(first.getBoolean("enforce_nonce")).isTrue();
        assertThat(discord.requests("PATCH", posts + "/[0-9]+")).as("a new message is not edited").isEmpty();
        discord.age(Duration.ofMinutes(2));

        MessageRef retried = sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna, tekniker på plats"), marker));

        assertThat(payload(awaitRequests("POST", posts, 2).get(1)).getString("nonce")).isEqualTo(marker);
        List<DataObject> shown = discord.messagesIn(FakeDiscord.CHANNEL);
        assertThat(shown).as("one message in the channel").singleElement()
                .satisfies(m -> assertThat(m.getString("id")).isEqualTo(retried.messageId()))
                .satisfies(m -> assertThat(m.toString()).contains("tekniker på plats"));
        assertThat(discord.requests("PATCH", posts + "/" + retried.messageId())).as("updated in place").hasSize(1);
    }

    /** Discord remembers a nonce for a few minutes only: a retry after that posts the card again (at least once). */
    @Test
    void aMarkedPostRetriedPastDiscordsNonceWindowIsPostedAgain() {
        String marker = "b1b2c3d4e5f6a1b2c3d4e5f6";
        MessageRef lost = sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna"), marker));
        discord.age(Duration.ofMinutes(10));

        MessageRef retried = sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna"), marker));

        assertThat(discord.messagesIn(FakeDiscord.CHANNEL)).hasSize(2);
        assertThat(retried.messageId()).isNotEqualTo(lost.messageId());
    }

    /** Posts with different markers are different posts, and an unmarked post gets a nonce of its own. */
    @Test
    void postsWithOtherMarkersOrNoneAreNewMessages() {
        sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna"), "c1b2c3d4e5f6a1b2c3d4e5f6"));
        sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna"), "d1b2c3d4e5f6a1b2c3d4e5f6"));
        sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna")));
        sender.send(new Outgoing.Post(CHANNEL, card("Kabelbrott i Kiruna")));

        assertThat(discord.messagesIn(FakeDiscord.CHANNEL)).hasSize(4);
        List<String> nonces = discord.requests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages").stream()
                .map(r -> payload(r).getString("nonce")).toList();
        assertThat(nonces).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(25));
        assertThat(discord.requests("PATCH", "channels/" + FakeDiscord.CHANNEL + "/messages/[0-9]+")).isEmpty();
    }

    @Test
    void eachMessageOfAMarkedPostHasANonceOfItsOwnDerivedFromTheMarker() {
        String marker = "e1b2c3d4e5f6a1b2c3d4e5f6a";
        assertThat(DiscordSender.nonce(marker, 0)).isEqualTo(marker);
        assertThat(DiscordSender.nonce(marker, 1)).hasSize(25).isEqualTo(DiscordSender.nonce(marker, 1))
                .isNotEqualTo(DiscordSender.nonce(marker, 2)).isNotEqualTo(DiscordSender.nonce("f" + marker.substring(1), 1));
    }

    private static Reply card(String text) {
        return Reply.of(Block.heading("Driftstörning"), new Block.Text(text, Block.Tone.WARNING));
    }

    @Test
    void aThreadReplyRepliesToTheMessage() {
        MessageRef parent = new MessageRef(Platform.DISCORD, FakeDiscord.GUILD, FakeDiscord.CHANNEL, "1300000000000000001");
        sender.send(new Outgoing.ThreadReply(parent, Reply.text("Uppdatering")));
        DataObject post = payload(awaitRequests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages", 1).getFirst());
        assertThat(post.getObject("message_reference").getString("message_id")).isEqualTo("1300000000000000001");
    }

    @Test
    void aPrivateMessageGoesToThePersonsDirectConversation() {
        sender.send(new Outgoing.Private(new ChatUser(Platform.DISCORD, "discord", "2400000000000000001"), Reply.text("Du är inloggad")));
        DataObject open = payload(awaitRequests("POST", "users/@me/channels", 1).getFirst());
        assertThat(open.getString("recipient_id")).isEqualTo("2400000000000000001");
        awaitRequests("POST", "channels/" + FakeDiscord.DM_CHANNEL + "/messages", 1);
    }

    /** The sender's own words in a direct message (here: a file it cannot hand over) follow the person's chosen language. */
    @Test
    void aPrivateMessagesOwnWordsAreInThePersonsChosenLanguage() {
        ChatUser karl = new ChatUser(Platform.DISCORD, DiscordSender.USERS, "2400000000000000002");
        languages.choose(karl, se.connectbot.core.i18n.Language.EN);
        Block.Attachment gone = new Block.Attachment("rapport.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                10, se.connectbot.core.reply.FileRef.random(), null);
        sender.send(new Outgoing.Private(karl, Reply.of(gone)));
        String body = awaitRequests("POST", "channels/" + FakeDiscord.DM_CHANNEL + "/messages", 1).getFirst().getBodyAsString();
        assertThat(body).contains("I could not deliver the file rapport.xlsx").doesNotContain("Jag kunde inte");
    }

    /** What goes into a channel carries its text's language; the sender's own words (a select's placeholder, a file's note) follow it. */
    @Test
    void aChannelPostsOwnWordsAreInTheLanguageItCarries() {
        se.connectbot.core.i18n.Language english = se.connectbot.core.i18n.Language.EN;
        Reply pick = Reply.of(new Block.Choices(null, List.of(Block.Choice.of("Mobile", "status.pick", "svc-1")),
                Block.ChoiceStyle.SELECT));
        Block.Attachment gone = new Block.Attachment("report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                10, se.connectbot.core.reply.FileRef.random(), null);
        String posts = "channels/" + FakeDiscord.CHANNEL + "/messages";

        MessageRef posted = sender.send(new Outgoing.Post(CHANNEL, pick, "b7b2c3d4e5f6a1b2c3d4e5f6", english));
        sender.send(new Outgoing.Update(posted, pick, english));
        sender.send(new Outgoing.ThreadReply(posted, Reply.of(gone), english));
        sender.send(new Outgoing.Post(CHANNEL, pick));

        List<String> bodies = awaitRequests("POST", posts, 3).stream().map(r -> r.getBodyAsString()).toList();
        assertThat(bodies.get(0)).as("a marked post").contains("Choose");
        assertThat(bodies.get(1)).as("a thread reply").contains("I could not deliver the file report.xlsx")
                .doesNotContain("Jag kunde inte");
        assertThat(bodies.get(2)).as("a post without a language: Swedish").doesNotContain("Choose");
        assertThat(awaitRequests("PATCH", posts + "/" + posted.messageId(), 1).getFirst().getBodyAsString()).as("an update")
                .contains("Choose");
    }

    @Test
    void anUpdateThatDoesNotFitOneMessageIsRefusedAsTooLarge() {
        MessageRef posted = new MessageRef(Platform.DISCORD, FakeDiscord.GUILD, FakeDiscord.CHANNEL, "1300000000000000002");
        Reply huge = Reply.text(String.join(" ", Collections.nCopies(3_000, "driftstörning")));
        assertThatThrownBy(() -> sender.send(new Outgoing.Update(posted, huge)))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.error()).isEqualTo(OutboundError.MESSAGE_TOO_LARGE));
    }

    @Test
    void discordsRefusalsBecomeTheCoresErrors() {
        refuse("1100000000000000041", 403, 50001, "Missing Access");
        refuse("1100000000000000042", 404, 10003, "Unknown Channel");
        assertThat(errorPosting("1100000000000000041")).isEqualTo(OutboundError.NO_ACCESS);
        assertThat(errorPosting("1100000000000000042")).isEqualTo(OutboundError.CONVERSATION_GONE);
    }

    private static void refuse(String channel, int status, int code, String message) {
        discord.rest().stubFor(post(urlPathEqualTo(FakeDiscord.API + "channels/" + channel + "/messages")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":" + code + ",\"message\":\"" + message + "\"}")));
    }

    private OutboundError errorPosting(String channel) {
        try {
            sender.send(new Outgoing.Post(new ConversationRef(Platform.DISCORD, FakeDiscord.GUILD, channel, true), Reply.text("hej")));
            throw new AssertionError("posted to " + channel);
        } catch (OutboundException e) {
            return e.error();
        }
    }
}
