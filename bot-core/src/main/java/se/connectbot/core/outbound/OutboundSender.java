package se.connectbot.core.outbound;

import java.time.Instant;
import java.util.Optional;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/**
 * What an adapter implements to say things unasked on its platform. One per platform, found by
 * {@link Outbound} among the application's beans. Implementations are thread-safe and may block
 * (the core is synchronous).
 */
public interface OutboundSender {

    /** The platform whose {@link Outgoing}s this sends. */
    Platform platform();

    /**
     * Sends it, or fails with an {@link OutboundException} whose code says why; never with
     * another exception for a refusal or outage of the platform.
     *
     * @return the posted message (for a reply that took several messages, the first)
     */
    MessageRef send(Outgoing outgoing);

    /**
     * The message this sender posted into the conversation with {@link Outgoing.Post#marker()}
     * {@code marker}, no earlier than {@code since}, as the platform reads it back; empty when
     * there is none or the platform cannot tell (the default: a sender that cannot read its posts
     * back leaves a post in doubt to be posted again, at least once). Throws
     * {@link OutboundException} when the platform fails to answer, so that a caller does not take
     * "could not look" for "not there".
     */
    default Optional<MessageRef> findPosted(ConversationRef in, String marker, Instant since) {
        return Optional.empty();
    }
}
