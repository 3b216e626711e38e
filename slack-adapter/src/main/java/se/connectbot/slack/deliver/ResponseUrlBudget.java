package se.connectbot.slack.deliver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack lets a {@code response_url} be used 5 times within 30 minutes; this counts the uses per
 * URL (in this instance: an interaction's follow-ups all run where it arrived). Thread-safe.
 */
final class ResponseUrlBudget {

    static final int USES = 5;
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Cache<String, AtomicInteger> used;

    ResponseUrlBudget(Ticker ticker) {
        this.used = Caffeine.newBuilder().expireAfterWrite(LIFETIME).maximumSize(100_000).ticker(ticker).build();
    }

    /** Takes one use if one is left within the URL's lifetime. */
    boolean tryTake(String responseUrl) {
        return used.get(responseUrl, url -> new AtomicInteger()).incrementAndGet() <= USES;
    }
}
