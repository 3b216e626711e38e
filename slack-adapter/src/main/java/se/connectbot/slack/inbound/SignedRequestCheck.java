package se.connectbot.slack.inbound;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's Slack signature before anything parses its body: the timestamp must lie
 * within 5 minutes of now in either direction (Bolt's own check refuses only the past, so a
 * request stamped in the future, once signed, would stay replayable until then), and the
 * HMAC-SHA256 over {@code v0:timestamp:body} must match, compared in constant time. Bolt checks
 * the signature again; this check exists so that a malformed body can be told apart from a
 * forged one (400 against 401) and so that the clock is ours to inject. Thread-safe.
 */
final class SignedRequestCheck {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    /** Why a request was refused; safe to log (it names no value of the request). */
    enum Refusal {
        NO_SIGNING_SECRET, MISSING_HEADERS, BAD_TIMESTAMP, TIMESTAMP_OUT_OF_RANGE, BAD_SIGNATURE
    }

    private final SlackSignature.@Nullable Generator signatures;
    private final Clock clock;

    SignedRequestCheck(@Nullable String signingSecret, Clock clock) {
        this.signatures = signingSecret == null || signingSecret.isBlank() ? null : new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    /** Empty when the request is Slack's and fresh; else why not. */
    Optional<Refusal> check(@Nullable String timestamp, @Nullable String signature, String body) {
        if (signatures == null) {
            return Optional.of(Refusal.NO_SIGNING_SECRET); // Socket Mode only: nothing may come in over HTTP
        }
        if (timestamp == null || signature == null) {
            return Optional.of(Refusal.MISSING_HEADERS);
        }
        Optional<Refusal> time = checkTime(timestamp.strip());
        if (time.isPresent()) {
            return time;
        }
        String expected = signatures.generate(timestamp, body);
        boolean same = expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.empty() : Optional.of(Refusal.BAD_SIGNATURE);
    }

    private Optional<Refusal> checkTime(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.of(Refusal.BAD_TIMESTAMP);
        }
        if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) {
            return Optional.of(Refusal.BAD_TIMESTAMP);
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        return skew.compareTo(MAX_SKEW) > 0 ? Optional.of(Refusal.TIMESTAMP_OUT_OF_RANGE) : Optional.empty();
    }
}
