package se.connectbot.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

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

    /** A time to send at; {@code taken}: it is this message's, else only when to try again. */
    record Slot(Instant at, boolean taken) {
    }

    /** The platform said to wait: nothing more goes there before {@code until}. */
    void backOff(ConversationRef conversation, Instant until) {
        next.merge(key(conversation), until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
