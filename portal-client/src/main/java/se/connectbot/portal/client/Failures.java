package se.connectbot.portal.client;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Right;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where HTTP failures become {@link PortalException}s. Messages name the
 * operation, the status and the portal's own explanation; never a header, so never a token.
 */
final class Failures {

    private final JsonMapper json;
    private final Clock clock;

    Failures(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Runs one HTTP call; a failure, or an answer without a body, becomes a PortalException. */
    <T> T call(String operation, Supplier<@Nullable T> request) {
        T result;
        try {
            result = request.get();
        } catch (RestClientResponseException e) {
            throw fromStatus(operation, e);
        } catch (ResourceAccessException e) {
            throw new PortalException(PortalError.UNAVAILABLE,
                    operation + ": the portal " + (isTimeout(e) ? "did not answer in time" : "could not be reached"),
                    null, null, null, e);
        } catch (RestClientException e) {
            throw new PortalException(PortalError.UNAVAILABLE, operation + ": the portal's answer could not be read",
                    null, null, null, e);
        }
        if (result == null) {
            throw new PortalException(PortalError.UNAVAILABLE, operation + ": the portal answered with an empty body");
        }
        return result;
    }

    PortalException fromStatus(String operation, RestClientResponseException e) {
        int status = e.getStatusCode().value();
        Problem problem = problem(e.getResponseBodyAsByteArray());
        HttpHeaders headers = e.getResponseHeaders();
        Duration retryAfter = headers == null ? null : RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), clock);
        String message = operation + ": " + status + (problem.describe().isEmpty() ? "" : " " + problem.describe());
        PortalError error = errorFor(status);
        return new PortalException(error, message,
                error == PortalError.FORBIDDEN ? right(problem.right()) : null,
                error == PortalError.INVALID_INPUT ? problem.firstField() : null,
                error == PortalError.RATE_LIMITED || error == PortalError.UNAVAILABLE ? retryAfter : null,
                e);
    }

    static PortalError errorFor(int status) {
        if (status == 401) return PortalError.NOT_SIGNED_IN;
        if (status == 403) return PortalError.FORBIDDEN;
        if (status == 404 || status == 410) return PortalError.NOT_FOUND;
        if (status == 409) return PortalError.CONFLICT;
        if (status == 429) return PortalError.RATE_LIMITED;
        if (status >= 400 && status < 500) return PortalError.INVALID_INPUT;
        return PortalError.UNAVAILABLE;
    }

    Problem problem(byte[] body) {
        if (body.length == 0) {
            return Problem.NONE;
        }
        try {
            Problem problem = json.readValue(body, Problem.class);
            return problem == null ? Problem.NONE : problem;
        } catch (JacksonException notAProblem) {
            return Problem.NONE;
        }
    }

    private static @Nullable Right right(@Nullable String name) {
        return name == null ? null
                : Arrays.stream(Right.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
