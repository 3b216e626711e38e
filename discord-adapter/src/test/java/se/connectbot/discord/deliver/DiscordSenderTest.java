package se.connectbot.discord.deliver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
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
