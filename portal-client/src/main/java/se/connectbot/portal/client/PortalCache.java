package se.connectbot.portal.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.connectbot.portal.client.PortalClientConfig.CacheSettings;

/**
 * One Caffeine cache for every answer of one portal, each entry living as long as its kind
 * allows. Every key names its owner: a user's cache key, or {@link #SHARED} for public data,
 * so a user's answer can only ever be found again by the same user.
 *
 * <p>A load is not under a lock (Caffeine would hold a map bin for the whole HTTP call), so two
 * threads may both load a missing entry; the later answer wins, which is harmless here.
 */
final class PortalCache {

    static final String SHARED = "shared";

    /** What is cached, with the lifetime setting it follows. */
    enum Kind {
        ME(Lifetime.USER_DATA), DASHBOARD(Lifetime.USER_DATA), ACCOUNT_TREE(Lifetime.USER_DATA),
        ACCOUNT(Lifetime.USER_DATA), SERVICES(Lifetime.USER_DATA), SERVICE(Lifetime.USER_DATA),
        PACKAGES(Lifetime.PACKAGES), ORDERS(Lifetime.USER_DATA), ORDER(Lifetime.USER_DATA),
        INVOICES(Lifetime.INVOICES), INVOICE(Lifetime.INVOICES), TICKETS(Lifetime.USER_DATA),
        TICKET(Lifetime.USER_DATA), REPORTS(Lifetime.USER_DATA), OUTAGES(Lifetime.OPERATIONS),
        OUTAGE(Lifetime.OPERATIONS);

        private final Lifetime lifetime;

        Kind(Lifetime lifetime) {
            this.lifetime = lifetime;
        }
    }

    private enum Lifetime { USER_DATA, PACKAGES, INVOICES, OPERATIONS }

    record Key(String owner, Kind kind, Object argument) {
    }

    private final Cache<Key, Object> cache;
    private final Map<Lifetime, Duration> lifetimes = new EnumMap<>(Lifetime.class);

    PortalCache(CacheSettings settings, Ticker ticker) {
        lifetimes.put(Lifetime.USER_DATA, settings.userData());
        lifetimes.put(Lifetime.PACKAGES, settings.packages());
        lifetimes.put(Lifetime.INVOICES, settings.invoices());
        lifetimes.put(Lifetime.OPERATIONS, settings.operations());
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.maximumSize())
                .expireAfter(Expiry.<Key, Object>creating((key, value) -> lifetime(key.kind())))
                .ticker(ticker)
                .build();
    }

    /** The cached answer of {@code owner} for {@code kind} and {@code argument}, else the loader's (then cached). */
    @SuppressWarnings("unchecked")
    <T> T get(String owner, Kind kind, Object argument, Supplier<T> loader) {
        if (lifetime(kind).isZero()) {
            return loader.get();
        }
        Key key = new Key(Objects.requireNonNull(owner, "owner"), kind, argument);
        Object hit = cache.getIfPresent(key);
        if (hit != null) {
            return (T) hit;
        }
        T answer = loader.get();
        cache.put(key, answer);
        return answer;
    }

    /** Forgets every answer of {@code owner} of the given kinds. */
    void forget(String owner, Set<Kind> kinds) {
        cache.asMap().keySet().removeIf(key -> key.owner().equals(owner) && kinds.contains(key.kind()));
    }

    /** Forgets one answer. */
    void forget(String owner, Kind kind, Object argument) {
        cache.invalidate(new Key(owner, kind, argument));
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Duration lifetime(Kind kind) {
        return lifetimes.get(kind.lifetime);
    }
}
