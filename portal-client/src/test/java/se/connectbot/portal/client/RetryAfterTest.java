package se.connectbot.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("7", clock)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void readsAnHttpDateAsTheTimeLeft() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsAPastDateAsNoWait() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
    }
}
