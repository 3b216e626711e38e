package se.connectbot.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;

/**
 * Each platform's published posting rate, per the unit it counts (Slack about one post per second
 * per channel; Teams 7 per second per conversation; Discord 50 per second per bot, here per
 * workspace), as the next free slot per key. Per instance: several instances can exceed it
 * together, and then the platform's 429 with Retry-After ({@link #backOff}) paces them. Thread-safe.
 */
final class DeliveryPacer {

    private final ConcurrentMap<String, Instant> next = new ConcurrentHashMap<>();

    static Duration spacing(Platform platform) {
        return switch (platform) {
            case SLACK -> Duration.ofMillis(1000);
            case TEAMS -> Duration.ofMillis(143);
            case DISCORD -> Duration.ofMillis(20);
            case WEB -> Duration.ZERO;
        };
    }

    static String key(ConversationRef conversation) {
        return conversation.platform() == Platform.DISCORD
                ? conversation.platform() + "|" + conversation.workspaceId()
                : conversation.platform() + "|" + conversation.workspaceId() + "|" + conversation.channelId();
    }

    /**
     * Takes the next slot for a message there, if it comes within {@code longest}: when it may be
     * sent (now, or later). A slot further off is not taken (so a message given back does not
     * push those after it further back) and is answered all the same, as when to try again.
     */
    Slot reserve(ConversationRef conversation, Instant now, Duration longest) {
        Duration spacing = spacing(conversation.platform());
        Slot[] slot = new Slot[1];
        next.compute(key(conversation), (k, free) -> {
            Instant at = free == null || free.isBefore(now) ? now : free;
            boolean taken = !at.isAfter(now.plus(longest));
            slot[0] = new Slot(at, taken);
            return taken ? at.plus(spacing) : free;
        });
        return slot[0];
    }

    /**
     * Waits for the next slot there (the calling thread sleeps; a virtual one parks); a slot
     * further off than {@code longest} is not waited for but answered as the platform's rate.
     *
     * @throws OutboundException {@link OutboundError#RATE_LIMITED} with when to try again, or
     *                           {@link OutboundError#TRANSIENT} when interrupted while waiting
     */
    void await(ConversationRef conversation, Instant now, Duration longest) {
        Slot slot = reserve(conversation, now, longest);
        Duration wait = Duration.between(now, slot.at());
        if (!slot.taken()) {
            throw OutboundException.rateLimited(wait, "paced: the platform's rate for " + key(conversation));
        }
        if (wait.isPositive()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboundException(OutboundError.TRANSIENT, "interrupted while pacing", e);
            }
        }
    }

    /** A time to send at; {@code taken}: it is this message's, else only when to try again. */
    record Slot(Instant at, boolean taken) {
    }

    /** The platform said to wait: nothing more goes there before {@code until}. */
    void backOff(ConversationRef conversation, Instant until) {
        next.merge(key(conversation), until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
