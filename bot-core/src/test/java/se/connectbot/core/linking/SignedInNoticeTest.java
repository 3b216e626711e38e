package se.connectbot.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.reply.Block;

/** "You are signed in", told privately in the chat, in the user's language, never at the cost of the link. */
class SignedInNoticeTest {

    private final List<Outgoing> sent = new ArrayList<>();
    private final ChatUser slackUser = new ChatUser(Platform.SLACK, "T1", "U1");

    @Test
    void tellsTheChatUserPrivatelyInTheirLanguage() {
        notice(false).tell(slackUser, Language.of(java.util.Locale.forLanguageTag("sv")).orElseThrow(), "Anna Lindqvist", "anna.admin@nordkust.se");
        notice(false).tell(slackUser, Language.of(java.util.Locale.ENGLISH).orElseThrow(), "Anna Lindqvist", "anna.admin@nordkust.se");

        assertThat(sent).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outgoing.Private.class,
                p -> assertThat(p.to()).isEqualTo(slackUser)));
        assertThat(text(0)).startsWith("Du är inloggad som Anna Lindqvist (anna.admin@nordkust.se).");
        assertThat(text(1)).startsWith("You are signed in as Anna Lindqvist (anna.admin@nordkust.se).");
    }

    @Test
    void aFailureToTellIsLoggedNotThrown() {
        notice(true).tell(slackUser, Language.DEFAULT, "Anna Lindqvist", "anna.admin@nordkust.se");
        assertThat(sent).hasSize(1);
    }

    @Test
    void theWebChatIsNotToldItsPageSaysItItself() {
        notice(false).tell(new ChatUser(Platform.WEB, "web", "u1"), Language.DEFAULT, "Anna Lindqvist", "anna.admin@nordkust.se");
        assertThat(sent).isEmpty();
    }

    private String text(int index) {
        return ((Block.Text) sent.get(index).reply().blocks().get(0)).text();
    }

    private SignedInNotice notice(boolean failing) {
        List<OutboundSender> senders = new ArrayList<>();
        for (Platform platform : List.of(Platform.SLACK, Platform.WEB)) {
            senders.add(new OutboundSender() {
                @Override
                public Platform platform() {
                    return platform;
                }

                @Override
                public MessageRef send(Outgoing outgoing) {
                    sent.add(outgoing);
                    if (failing) {
                        throw new OutboundException(OutboundError.NO_ACCESS, "not_in_channel");
                    }
                    return new MessageRef(platform, "T1", "D1", "1.0");
                }
            });
        }
        return new SignedInNotice(new Outbound(senders));
    }
}
