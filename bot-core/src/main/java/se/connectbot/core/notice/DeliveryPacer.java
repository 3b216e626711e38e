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

    /** Takes the next slot for a message there: when it may be sent (now, or later). */
    Instant reserve(ConversationRef conversation, Instant now) {
        Duration spacing = spacing(conversation.platform());
        Instant[] slot = new Instant[1];
        next.compute(key(conversation), (k, free) -> {
            slot[0] = free == null || free.isBefore(now) ? now : free;
            return slot[0].plus(spacing);
        });
        return slot[0];
    }

    /** The platform said to wait: nothing more goes there before {@code until}. */
    void backOff(ConversationRef conversation, Instant until) {
        next.merge(key(conversation), until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
