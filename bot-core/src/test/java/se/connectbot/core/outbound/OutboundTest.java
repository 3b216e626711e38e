package se.connectbot.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;

/** The facade capabilities call: routed by platform, refusing clearly where no sender is. */
class OutboundTest {

    private final List<Outgoing> sent = new ArrayList<>();
    private final OutboundSender slack = sender(Platform.SLACK);
    private final Outbound outbound = new Outbound(List.of(slack, sender(Platform.WEB)));

    @Test
    void routesEachKindToTheSenderOfItsPlatform() {
        ConversationRef channel = new ConversationRef(Platform.SLACK, "T1", "C1", true);
        MessageRef posted = outbound.post(channel, Reply.text("Driftstörning"));
        outbound.update(posted, Reply.text("Åtgärdad"));
        outbound.replyInThread(posted, Reply.text("Mer"));
        outbound.sendPrivately(new ChatUser(Platform.WEB, "web", "u1"), Reply.text("Hej"));
        outbound.deliverFile(channel, Reply.of(new Block.Attachment("a.pdf", "application/pdf", 1, FileRef.random(), null)));

        assertThat(sent).extracting(o -> o.getClass().getSimpleName()).containsExactly("Post", "Update", "ThreadReply", "Private", "File");
        assertThat(sent).extracting(Outgoing::platform)
                .containsExactly(Platform.SLACK, Platform.SLACK, Platform.SLACK, Platform.WEB, Platform.SLACK);
        assertThat(posted.conversationId()).isEqualTo("C1");
    }

    @Test
    void aPlatformWithoutASenderIsNoAccess() {
        assertThat(outbound.reaches(Platform.TEAMS)).isFalse();
        assertThatThrownBy(() -> outbound.sendPrivately(new ChatUser(Platform.TEAMS, "tenant", "u"), Reply.text("Hej")))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.error()).isEqualTo(OutboundError.NO_ACCESS);
                    assertThat(e.getMessage()).contains("TEAMS");
                    assertThat(e.retryAfter()).isEmpty();
                });
    }

    @Test
    void twoSendersForOnePlatformStopTheStart() {
        assertThatThrownBy(() -> new Outbound(List.of(slack, sender(Platform.SLACK))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two outbound senders for SLACK");
    }

    @Test
    void aFileDeliveryWithoutAFileIsRefusedAtOnce() {
        assertThatThrownBy(() -> outbound.deliverFile(new ConversationRef(Platform.SLACK, "T1", "C1", true), Reply.text("ingen fil")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must hold a file");
    }

    @Test
    void rateLimitedCarriesWhenToTryAgain() {
        OutboundException e = OutboundException.rateLimited(Duration.ofSeconds(30), "ratelimited");
        assertThat(e.error()).isEqualTo(OutboundError.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    }

    private OutboundSender sender(Platform platform) {
        return new OutboundSender() {
            @Override
            public Platform platform() {
                return platform;
            }

            @Override
            public MessageRef send(Outgoing outgoing) {
                sent.add(outgoing);
                return new MessageRef(platform, "T1", "C1", "m" + sent.size());
            }
        };
    }
}
