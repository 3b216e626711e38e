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
 * A channel can be made to refuse (no access, rate limited), to answer slowly, or to hold a call
 * until the test lets it go. Thread-safe.
 */
final class RecordingSender implements OutboundSender {

    private final Platform platform;
    private final List<Outgoing> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, OutboundError> refusing = new ConcurrentHashMap<>();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CountDownLatch[]> holding = new ConcurrentHashMap<>();
    private final java.util.Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> losingAnswer = ConcurrentHashMap.newKeySet();
    private final Map<String, MessageRef> tagged = new ConcurrentHashMap<>();
    private final List<Outgoing> sentInTransaction = new CopyOnWriteArrayList<>();
    private final boolean readsBack;

    /** A platform that can read its posts back by their marker (as Slack's metadata). */
    RecordingSender(Platform platform) {
        this(platform, true);
    }

    /** @param readsBack false for a platform that cannot tell whether it took a post (as Teams without Graph) */
    RecordingSender(Platform platform, boolean readsBack) {
        this.platform = platform;
        this.readsBack = readsBack;
    }

    @Override
    public java.util.Optional<MessageRef> findPosted(se.connectbot.core.chat.ConversationRef in, String marker, java.time.Instant since) {
        MessageRef found = readsBack ? tagged.get(in.channelId() + "/" + marker) : null;
        return java.util.Optional.ofNullable(found).filter(m -> !deleted.contains(m.messageId()));
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            sentInTransaction.add(outgoing); // a connection (and maybe row locks) held over the platform's network
        }
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
        java.util.concurrent.CountDownLatch[] hold = holding.remove(channel);
        if (hold != null) {
            hold[0].countDown();
            try {
                hold[1].await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
        MessageRef answer = switch (outgoing) {
            case Outgoing.Update u -> u.message();
            case Outgoing.ThreadReply t -> new MessageRef(platform, t.parent().workspaceId(), channel, "r" + ids.incrementAndGet());
            case Outgoing.Private p -> new MessageRef(platform, p.to().workspaceId(), "D-" + p.to().userId(), "p" + ids.incrementAndGet());
            case Outgoing.Post p -> new MessageRef(platform, p.to().workspaceId(), channel, "m" + ids.incrementAndGet());
            case Outgoing.File f -> new MessageRef(platform, f.to().workspaceId(), channel, "f" + ids.incrementAndGet());
        };
        if (outgoing instanceof Outgoing.Post p && p.marker() != null) {
            tagged.put(channel + "/" + p.marker(), answer);
        }
        if (outgoing instanceof Outgoing.Post && losingAnswer.remove(channel)) {
            // the platform took it; the bot never learns so (a reset connection, or the JVM dies here)
            throw new IllegalStateException("connection reset after the platform took the post");
        }
        return answer;
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

    /** What the bot asked to send while its thread held a database transaction (tried or not). */
    List<Outgoing> sentInTransaction() {
        return List.copyOf(sentInTransaction);
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

    /** The next post to the channel is taken, but its answer never reaches the bot. */
    void loseAnswerOnce(String channel) {
        losingAnswer.add(channel);
    }

    /**
     * The next call to the channel counts {@code arrived} down and then waits for {@code released}
     * before the platform takes it: a platform slower than any lease, for as long as the test wants.
     */
    void holdNext(String channel, java.util.concurrent.CountDownLatch arrived, java.util.concurrent.CountDownLatch released) {
        holding.put(channel, new java.util.concurrent.CountDownLatch[] {arrived, released});
    }

    void slow(String channel, Duration delay) {
        slow.put(channel, delay);
    }
}
