package se.connectbot.slack.deliver;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Honours Slack's rate limiting on every call of the Slack client (Web API, {@code response_url},
 * file upload): a 429 is retried after the {@code Retry-After} seconds it names, a few times,
 * unless the wait is longer than we are willing to block a worker thread for; then the 429
 * goes back to the caller. Thread-safe.
 */
public final class RetryAfterInterceptor implements Interceptor {

    /** Waits; injectable so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(RetryAfterInterceptor.class);

    private final int maxRetries;
    private final Duration maxWait;
    private final Sleeper sleeper;

    public RetryAfterInterceptor(int maxRetries, Duration maxWait, Sleeper sleeper) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative but was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
    }

    public static RetryAfterInterceptor standard() {
        return new RetryAfterInterceptor(3, Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        for (int retry = 1; response.code() == 429 && retry <= maxRetries; retry++) {
            Duration wait = retryAfter(response);
            if (wait.compareTo(maxWait) > 0) {
                log.warn("Slack asks to wait {} s before calling {} again: longer than we wait", wait.toSeconds(), path(chain));
                return response;
            }
            log.info("Slack rate-limited {}; retry {} of {} in {} s", path(chain), retry, maxRetries, wait.toSeconds());
            response.close();
            pause(wait);
            response = chain.proceed(chain.request());
        }
        return response;
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting out Slack's rate limit");
        }
    }

    private static Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** The path only: a response_url or upload URL carries secrets in its query or path. */
    private static String path(Chain chain) {
        String path = chain.request().url().encodedPath();
        return path.startsWith("/api/") ? path : "(a Slack URL)";
    }
}
