package se.connectbot.portal.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.client.PortalClientConfig.ResilienceSettings;

/**
 * Retries and the circuit breaker for one portal, shared by every view of it. Only
 * {@link PortalError#UNAVAILABLE} counts against the circuit: a 4xx is the portal answering.
 * Retried: UNAVAILABLE (but not a timeout: a read timeout already cost the chat user the full
 * wait, and a second one would double it) and RATE_LIMITED, each unless the portal's
 * {@code Retry-After} exceeds the cap; the wait is the portal's {@code Retry-After}, else an
 * exponential backoff.
 */
final class Resilience {

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final ResilienceSettings settings;

    Resilience(String name, ResilienceSettings settings, Clock clock) {
        this.settings = settings;
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Resilience::isPortalFailure)
                .clock(clock)
                .build());
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction(this::waitMillis)
                .failAfterMaxAttempts(false)
                .build());
        // Exception messages name the operation and status only, never a token: safe to log.
        breaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("Portal circuit '{}': {}", name, event.getStateTransition()));
        retry.getEventPublisher().onRetry(event -> LOG.debug("Retrying a portal call (attempt {}) after: {}",
                event.getNumberOfRetryAttempts(), event.getLastThrowable() == null ? "-" : event.getLastThrowable().getMessage()));
    }

    /** A read, or a write carrying an Idempotency-Key: safe to send again. */
    <T> T retriable(Supplier<T> call) {
        return retry.executeSupplier(() -> guarded(call));
    }

    /** A write that must not be repeated: only the circuit breaker. */
    <T> T once(Supplier<T> call) {
        return guarded(call);
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new PortalException(PortalError.UNAVAILABLE,
                    "the portal failed repeatedly; not calling it for a while", null, null, null, open);
        }
    }

    private static boolean isPortalFailure(Throwable t) {
        return t instanceof PortalException p && p.error() == PortalError.UNAVAILABLE;
    }

    private boolean worthRetrying(Throwable t) {
        if (!(t instanceof PortalException p) || p.getCause() instanceof CallNotPermittedException) {
            return false;
        }
        if (p.retryAfter() != null && p.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
            return false;
        }
        return p.error() == PortalError.RATE_LIMITED
                || (p.error() == PortalError.UNAVAILABLE && !Failures.isTimeout(p));
    }

    private Long waitMillis(Integer attempt, Either<Throwable, Object> outcome) {
        if (outcome.isLeft() && outcome.getLeft() instanceof PortalException p && p.retryAfter() != null) {
            return p.retryAfter().toMillis();
        }
        Duration backoff = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        return backoff.toMillis();
    }
}
