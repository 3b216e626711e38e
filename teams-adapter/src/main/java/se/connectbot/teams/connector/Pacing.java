package se.connectbot.teams.connector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Spaces the bot's sends so that it stays inside Teams' limits instead of running into them:
 * about 7 messages a second in one conversation and 50 a second for the app in one tenant. Each
 * send reserves the next free slot of its conversation and of its tenant and waits until both
 * have come. Per instance (several instances together may still meet a 429, which
 * {@link Connector} then waits out); conversations idle for a minute are forgotten. Thread-safe.
 */
public final class Pacing {

    public static final Duration PER_CONVERSATION = Duration.ofMillis(1000 / 7 + 1);
    public static final Duration PER_TENANT = Duration.ofMillis(1000 / 50);

    private final Cache<String, AtomicLong> nextSlot = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(1)).maximumSize(50_000).build();
    private final Duration perConversation;
    private final Duration perTenant;
    private final LongSupplier nanoTime;

    public Pacing(Duration perConversation, Duration perTenant, LongSupplier nanoTime) {
        this.perConversation = perConversation;
        this.perTenant = perTenant;
        this.nanoTime = nanoTime;
    }

    public static Pacing teams() {
        return new Pacing(PER_CONVERSATION, PER_TENANT, System::nanoTime);
    }

    /** How long to wait before this send may go; the slot is taken. */
    public Duration reserve(String tenant, String conversation) {
        long now = nanoTime.getAsLong();
        long conversationAt = take("c:" + conversation, now, perConversation);
        long tenantAt = take("t:" + tenant, now, perTenant);
        return Duration.ofNanos(Math.max(0, Math.max(conversationAt, tenantAt) - now));
    }

    /** Takes a slot only if both are free now: for what is worth sending only at once (a typing indicator). */
    public boolean tryNow(String tenant, String conversation) {
        long now = nanoTime.getAsLong();
        AtomicLong conversationNext = nextSlot.get("c:" + conversation, k -> new AtomicLong(now));
        AtomicLong tenantNext = nextSlot.get("t:" + tenant, k -> new AtomicLong(now));
        synchronized (this) {
            if (conversationNext.get() > now || tenantNext.get() > now) {
                return false;
            }
            conversationNext.set(now + perConversation.toNanos());
            tenantNext.set(now + perTenant.toNanos());
            return true;
        }
    }

    /** Waits for a slot. */
    void await(String tenant, String conversation) {
        Duration wait = reserve(tenant, conversation);
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The time this send may go at; the key's next slot moves one spacing past it. */
    private long take(String key, long now, Duration spacing) {
        AtomicLong next = nextSlot.get(key, k -> new AtomicLong(now));
        long at = next.getAndUpdate(n -> Math.max(n, now) + spacing.toNanos());
        return Math.max(at, now);
    }
}
