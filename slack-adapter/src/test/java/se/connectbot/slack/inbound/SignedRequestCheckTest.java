package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.connectbot.slack.testing.SignedRequests;

class SignedRequestCheckTest {

    private static final String SECRET = "unit-signing-secret";
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String BODY = "command=%2Fconnect&text=status";

    private final SignedRequestCheck check = new SignedRequestCheck(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SignedRequests signer = new SignedRequests(SECRET);

    @Test
    void acceptsASignatureStampedUpToFiveMinutesEitherSideOfNow() {
        for (long offset : new long[] {-300, -1, 0, 1, 300}) {
            String ts = Long.toString(NOW.getEpochSecond() + offset);
            assertThat(check.check(ts, signer.sign(Long.parseLong(ts), BODY), BODY)).as("offset %s", offset).isEmpty();
        }
    }

    @Test
    void refusesAValidSignatureStampedMoreThanFiveMinutesFromNowInEitherDirection() {
        for (long offset : new long[] {-301, 301, 3_600, 365L * 24 * 3_600, -365L * 24 * 3_600}) {
            long ts = NOW.getEpochSecond() + offset;
            assertThat(check.check(Long.toString(ts), signer.sign(ts, BODY), BODY)).as("offset %s", offset)
                    .contains(SignedRequestCheck.Refusal.TIMESTAMP_OUT_OF_RANGE);
        }
    }

    @Test
    void refusesTimestampsThatAreNotSecondsSinceTheEpoch() {
        for (String ts : new String[] {"", "soon", "1.5e9", "-1", "99999999999999999999", "0x10"}) {
            assertThat(check.check(ts, "v0=00", BODY)).as("timestamp %s", ts).contains(SignedRequestCheck.Refusal.BAD_TIMESTAMP);
        }
    }

    @Test
    void refusesAWrongOrMissingSignature() {
        String ts = Long.toString(NOW.getEpochSecond());
        assertThat(check.check(ts, new SignedRequests("other").sign(NOW.getEpochSecond(), BODY), BODY))
                .contains(SignedRequestCheck.Refusal.BAD_SIGNATURE);
        assertThat(check.check(ts, null, BODY)).contains(SignedRequestCheck.Refusal.MISSING_HEADERS);
        assertThat(check.check(null, "v0=00", BODY)).contains(SignedRequestCheck.Refusal.MISSING_HEADERS);
    }

    @Test
    void withoutASigningSecretNothingIsAccepted() {
        SignedRequestCheck socketModeOnly = new SignedRequestCheck(null, Clock.fixed(NOW, ZoneOffset.UTC));
        long ts = NOW.getEpochSecond();

        assertThat(socketModeOnly.check(Long.toString(ts), signer.sign(ts, BODY), BODY))
                .contains(SignedRequestCheck.Refusal.NO_SIGNING_SECRET);
    }
}
