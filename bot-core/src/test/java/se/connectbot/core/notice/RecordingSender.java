package se.connectbot.core.notice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;

/**
 * A platform's sender that keeps what it was asked to send, as a chat's history would: for the
 * core's tests of what the notices do (the adapters' own tests hold them to the platform's wire).
 * A channel can be made to refuse (no access, rate limited) or to answer slowly. Thread-safe.
 */
final class RecordingSender implements OutboundSender {

    private final Platform platform;
    private final List<Outgoing> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, OutboundError> refusing = new ConcurrentHashMap<>();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private final java.util.Set<String> deleted = ConcurrentHashMap.newKeySet();

    RecordingSender(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        String channel = channel(outgoing);
        OutboundError refusal = refusing.get(channel);
        if (refusal == OutboundError.RATE_LIMITED) {
            refusing.remove(channel);
            throw OutboundException.rateLimited(Duration.ofMillis(1), "429 from the fake");
        }
        if (refusal != null) {
            throw new OutboundException(refusal, "refused by the fake: " + channel);
        }
        if (outgoing instanceof Outgoing.Update u && deleted.contains(u.message().messageId())) {
            throw new OutboundException(OutboundError.CONVERSATION_GONE, "message_not_found");
        }
        Duration delay = slow.get(channel);
        if (delay != null) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sent.add(outgoing);
        return switch (outgoing) {
            case Outgoing.Update u -> u.message();
            case Outgoing.ThreadReply t -> new MessageRef(platform, t.parent().workspaceId(), channel, "r" + ids.incrementAndGet());
            case Outgoing.Private p -> new MessageRef(platform, p.to().workspaceId(), "D-" + p.to().userId(), "p" + ids.incrementAndGet());
            case Outgoing.Post p -> new MessageRef(platform, p.to().workspaceId(), channel, "m" + ids.incrementAndGet());
            case Outgoing.File f -> new MessageRef(platform, f.to().workspaceId(), channel, "f" + ids.incrementAndGet());
        };
    }

    static String channel(Outgoing outgoing) {
        return switch (outgoing) {
            case Outgoing.Post p -> p.to().channelId();
            case Outgoing.Update u -> u.message().conversationId();
            case Outgoing.ThreadReply t -> t.parent().conversationId();
            case Outgoing.Private p -> "D-" + p.to().userId();
            case Outgoing.File f -> f.to().channelId();
        };
    }

    /** What went to that channel, in order. */
    List<Outgoing> in(String channel) {
        return sent.stream().filter(o -> channel(o).equals(channel)).toList();
    }

    List<Outgoing> all() {
        return List.copyOf(sent);
    }

    void refuse(String channel, OutboundError error) {
        refusing.put(channel, error);
    }

    void accept(String channel) {
        refusing.remove(channel);
    }

    /** Someone deleted the message in the chat: updating it fails as the platform says. */
    void delete(String messageId) {
        deleted.add(messageId);
    }

    void slow(String channel, Duration delay) {
        slow.put(channel, delay);
    }
}
