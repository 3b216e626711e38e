package se.connectbot.portal.client;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to reach and treat the portal. Immutable; start from {@link #of} and change with the
 * {@code with…} methods.
 *
 * @param baseUrl          the portal's origin, e.g. {@code http://localhost:8081}; the API is at
 *                         {@code {baseUrl}/api/v1}, the OAuth endpoints at {@code {baseUrl}/oauth2/*}
 * @param clientId         this client's OAuth client id
 * @param clientSecret     its secret (never printed by {@link #toString()})
 * @param authorizationUrl where browsers sign in; null for {@code {baseUrl}/oauth2/authorize}
 *                         (set it when browsers reach the portal by another address than the bot)
 * @param tokenUrl         null for {@code {baseUrl}/oauth2/token}
 * @param revocationUrl    null for {@code {baseUrl}/oauth2/revoke}
 * @param connectTimeout   to open a connection (default 1 s)
 * @param readTimeout      for a whole answer (default 5 s)
 * @param cache            cache lifetimes
 * @param resilience       retries and circuit breaking
 * @param clock            the time for token expiry and {@code Retry-After} dates
 * @param ticker           the time for cache expiry
 */
public record PortalClientConfig(
        URI baseUrl,
        String clientId,
        String clientSecret,
        @Nullable URI authorizationUrl,
        @Nullable URI tokenUrl,
        @Nullable URI revocationUrl,
        Duration connectTimeout,
        Duration readTimeout,
        CacheSettings cache,
        ResilienceSettings resilience,
        Clock clock,
        Ticker ticker) {

    static final String API_PATH = "/api/v1";

    public PortalClientConfig {
        requireHttpUrl("baseUrl", baseUrl);
        requireNonBlank("clientId", clientId);
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (authorizationUrl != null) requireHttpUrl("authorizationUrl", authorizationUrl);
        if (tokenUrl != null) requireHttpUrl("tokenUrl", tokenUrl);
        if (revocationUrl != null) requireHttpUrl("revocationUrl", revocationUrl);
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ticker, "ticker");
    }

    /** The defaults: connect 1 s, read 5 s, {@link CacheSettings#defaults()}, {@link ResilienceSettings#defaults()}, system time. */
    public static PortalClientConfig of(URI baseUrl, String clientId, String clientSecret) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, null, null, null,
                Duration.ofSeconds(1), Duration.ofSeconds(5), CacheSettings.defaults(),
                ResilienceSettings.defaults(), Clock.systemUTC(), Ticker.systemTicker());
    }

    public PortalClientConfig withTimeouts(Duration connect, Duration read) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, authorizationUrl, tokenUrl, revocationUrl,
                connect, read, cache, resilience, clock, ticker);
    }

    public PortalClientConfig withCache(CacheSettings newCache) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, authorizationUrl, tokenUrl, revocationUrl,
                connectTimeout, readTimeout, newCache, resilience, clock, ticker);
    }

    public PortalClientConfig withResilience(ResilienceSettings newResilience) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, authorizationUrl, tokenUrl, revocationUrl,
                connectTimeout, readTimeout, cache, newResilience, clock, ticker);
    }

    /** Other time sources, for tests. */
    public PortalClientConfig withTime(Clock newClock, Ticker newTicker) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, authorizationUrl, tokenUrl, revocationUrl,
                connectTimeout, readTimeout, cache, resilience, newClock, newTicker);
    }

    /** Other OAuth endpoints; a null keeps the one derived from {@code baseUrl}. */
    public PortalClientConfig withOAuthEndpoints(@Nullable URI authorization, @Nullable URI token, @Nullable URI revocation) {
        return new PortalClientConfig(baseUrl, clientId, clientSecret, authorization, token, revocation,
                connectTimeout, readTimeout, cache, resilience, clock, ticker);
    }

    /** Another client of the same portal (e.g. the operator's), with its own credentials. */
    public PortalClientConfig withClient(String newClientId, String newClientSecret) {
        return new PortalClientConfig(baseUrl, newClientId, newClientSecret, authorizationUrl, tokenUrl, revocationUrl,
                connectTimeout, readTimeout, cache, resilience, clock, ticker);
    }

    URI apiUrl() {
        return resolve(API_PATH);
    }

    URI endSessionUrl() {
        return resolve("/connect/logout");
    }

    URI effectiveAuthorizationUrl() {
        return authorizationUrl != null ? authorizationUrl : resolve("/oauth2/authorize");
    }

    URI effectiveTokenUrl() {
        return tokenUrl != null ? tokenUrl : resolve("/oauth2/token");
    }

    URI effectiveRevocationUrl() {
        return revocationUrl != null ? revocationUrl : resolve("/oauth2/revoke");
    }

    private URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    @Override
    public String toString() {
        return "PortalClientConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=***"
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", cache=" + cache + ", resilience=" + resilience + "]";
    }

    private static void requireHttpUrl(String name, URI url) {
        Objects.requireNonNull(url, name);
        String scheme = url.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL but was " + url);
        }
    }

    private static void requireNonBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }

    static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }

    static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }

    /**
     * How long answers stay cached. User data is always cached per user; public operational
     * data is shared. A zero lifetime turns that cache off.
     *
     * @param userData    me, dashboard, accounts, services, orders, tickets, report kinds (default 30 s)
     * @param packages    top-up packages (default 5 min)
     * @param invoices    invoice lists and invoices (default 60 s)
     * @param operations  outages (default 15 s)
     * @param maximumSize entries in all, over every user (default 10,000)
     */
    public record CacheSettings(Duration userData, Duration packages, Duration invoices, Duration operations, long maximumSize) {

        public CacheSettings {
            requireNotNegative("userData", userData);
            requireNotNegative("packages", packages);
            requireNotNegative("invoices", invoices);
            requireNotNegative("operations", operations);
            if (maximumSize < 0) {
                throw new IllegalArgumentException("maximumSize must not be negative but was " + maximumSize);
            }
        }

        public static CacheSettings defaults() {
            return new CacheSettings(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(60),
                    Duration.ofSeconds(15), 10_000);
        }

        /** No caching at all. */
        public static CacheSettings disabled() {
            return new CacheSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
        }
    }

    /**
     * Retries and the circuit breaker. Only reads and writes carrying an Idempotency-Key are
     * retried, and only after a 5xx, a refused connection or a 429.
     *
     * @param maxAttempts          tries in all, the first included (default 3; 1 = no retries)
     * @param initialBackoff       the wait before the first retry, doubled each time (default 200 ms)
     * @param maxRetryAfter        the longest {@code Retry-After} waited for; a longer one fails at once
     *                             with {@code RATE_LIMITED} and its {@code retryAfter} (default 10 s)
     * @param failureRateThreshold percent of failed calls that opens the circuit (default 50)
     * @param minimumCalls         calls seen before the rate counts (default 10)
     * @param slidingWindowSize    the last calls the rate is taken over (default 20)
     * @param openDuration         how long an open circuit refuses calls before trying again (default 30 s)
     */
    public record ResilienceSettings(
            int maxAttempts,
            Duration initialBackoff,
            Duration maxRetryAfter,
            float failureRateThreshold,
            int minimumCalls,
            int slidingWindowSize,
            Duration openDuration) {

        public ResilienceSettings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
            }
            requireNotNegative("initialBackoff", initialBackoff);
            requireNotNegative("maxRetryAfter", maxRetryAfter);
            if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
                throw new IllegalArgumentException("failureRateThreshold must be in (0, 100] but was " + failureRateThreshold);
            }
            if (minimumCalls < 1 || slidingWindowSize < 1) {
                throw new IllegalArgumentException("minimumCalls and slidingWindowSize must be at least 1 but were "
                        + minimumCalls + " and " + slidingWindowSize);
            }
            requirePositive("openDuration", openDuration);
        }

        public static ResilienceSettings defaults() {
            return new ResilienceSettings(3, Duration.ofMillis(200), Duration.ofSeconds(10), 50, 10, 20, Duration.ofSeconds(30));
        }

        public ResilienceSettings withRetries(int newMaxAttempts, Duration newInitialBackoff) {
            return new ResilienceSettings(newMaxAttempts, newInitialBackoff, maxRetryAfter, failureRateThreshold,
                    minimumCalls, slidingWindowSize, openDuration);
        }

        public ResilienceSettings withMaxRetryAfter(Duration newMaxRetryAfter) {
            return new ResilienceSettings(maxAttempts, initialBackoff, newMaxRetryAfter, failureRateThreshold,
                    minimumCalls, slidingWindowSize, openDuration);
        }

        public ResilienceSettings withCircuitBreaker(float newThreshold, int newMinimumCalls, int newWindow, Duration newOpenDuration) {
            return new ResilienceSettings(maxAttempts, initialBackoff, maxRetryAfter, newThreshold, newMinimumCalls,
                    newWindow, newOpenDuration);
        }
    }
}
