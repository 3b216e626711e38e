package se.connectbot.slack.deliver;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.slack.render.Mrkdwn;

/**
 * Tells the person, in their language, that Slack refused the answer ({@code invalid_blocks},
 * {@code not_in_channel}, ...), instead of leaving them with silence. The note is plain text
 * without blocks (the blocks may be what Slack refused): ephemeral where others read along, else
 * a message; and if Slack refuses that too (the bot is not in the channel), in the person's
 * direct messages with the bot. Thread-safe.
 */
final class RefusalNotes {

    private static final Logger log = LoggerFactory.getLogger(RefusalNotes.class);
    /** Errors that mean the bot may not post in that conversation at all. */
    private static final Set<String> CHANNEL_ERRORS = Set.of("not_in_channel", "channel_not_found", "is_archived",
            "restricted_action", "ekm_access_denied", "team_access_not_granted");

    private final Slack slack;

    RefusalNotes(Slack slack) {
        this.slack = slack;
    }

    void tell(String error, ReplyTarget target, @Nullable Locale locale) {
        Messages messages = Messages.of(Language.of(locale).orElse(Language.DEFAULT));
        String text = Mrkdwn.escape(messages.get(CHANNEL_ERRORS.contains(error) ? "slack.refused.channel" : "slack.refused.reply", error));
        MethodsClient client = slack.methods(target.botToken());
        if (inConversation(client, target, text)) {
            return;
        }
        String dm = directMessage(client, target.userId());
        if (dm == null || dm.equals(target.channelId())
                || !ReplyDelivery.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(dm).text(text)))) {
            log.warn("Could not tell the user that Slack refused the answer ({}) in any conversation", error);
        }
    }

    private static boolean inConversation(MethodsClient client, ReplyTarget target, String text) {
        if (target.shared()) {
            return ReplyDelivery.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(target.channelId())
                    .user(target.userId()).text(text).threadTs(target.threadTs())));
        }
        return ReplyDelivery.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(target.channelId())
                .text(text).threadTs(target.threadTs())));
    }

    private static @Nullable String directMessage(MethodsClient client, String userId) {
        try {
            ConversationsOpenResponse dm = client.conversationsOpen(r -> r.users(List.of(userId)));
            return dm.isOk() && dm.getChannel() != null ? dm.getChannel().getId() : null;
        } catch (IOException | SlackApiException e) {
            log.warn("Slack call conversations.open failed: {}", e.getMessage());
            return null;
        }
    }
}
