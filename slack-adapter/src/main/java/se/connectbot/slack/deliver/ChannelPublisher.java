package se.connectbot.slack.deliver;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.reply.Reply;

/**
 * Posts a reply into a conversation on the bot's own initiative (an outage notice, say) and
 * updates that post later. Platform-neutral in its types so that the core can own it; this is
 * the Slack implementation's face. Thread-safe implementations.
 *
 * @throws SlackDeliveryException from both methods when the post cannot be made
 */
public interface ChannelPublisher {

    /**
     * Posts the reply for everyone in the conversation; a long reply may take several messages.
     *
     * @param organisationId the organisation the workspace belongs to, if any (Slack: the Enterprise
     *                       Grid's {@code enterprise_id}); an org-wide installation's token is found
     *                       only with it
     */
    PostedMessage post(ConversationRef where, @Nullable String organisationId, Reply reply);

    /** {@link #post(ConversationRef, String, Reply)} in a workspace that belongs to no organisation. */
    default PostedMessage post(ConversationRef where, Reply reply) {
        return post(where, null, reply);
    }

    /** Replaces the posted message with the reply, which must fit one message and carry no form or file. */
    PostedMessage update(PostedMessage posted, Reply reply);

    /**
     * A message the bot posted: where (with the workspace's organisation, to find the token again
     * for an update), and the platform's id of it (Slack: the message's {@code ts}).
     */
    record PostedMessage(ConversationRef where, @Nullable String organisationId, String messageId) {

        public PostedMessage(ConversationRef where, String messageId) {
            this(where, null, messageId);
        }
    }
}
