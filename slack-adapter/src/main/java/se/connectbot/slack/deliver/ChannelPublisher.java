package se.connectbot.slack.deliver;

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

    /** Posts the reply for everyone in the conversation; a long reply may take several messages. */
    PostedMessage post(ConversationRef where, Reply reply);

    /** Replaces the posted message with the reply, which must fit one message and carry no form or file. */
    PostedMessage update(PostedMessage posted, Reply reply);

    /** A message the bot posted: where, and the platform's id of it (Slack: the message's {@code ts}). */
    record PostedMessage(ConversationRef where, String messageId) {
    }
}
