package se.connectbot.core.outbound;

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
}
