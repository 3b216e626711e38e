package se.connectbot.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacingTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Pacing pacing = new Pacing(Duration.ofMillis(143), Duration.ofMillis(20), now::get);

    @Test
    void sendsInOneConversationAreSpacedToSevenASecond() {
        assertThat(pacing.reserve("t1", "c1")).isZero();
        assertThat(pacing.reserve("t1", "c1")).isEqualTo(Duration.ofMillis(143));
        assertThat(pacing.reserve("t1", "c1")).isEqualTo(Duration.ofMillis(286));
    }

    @Test
    void conversationsOfOneTenantShareItsFiftyASecond() {
        assertThat(pacing.reserve("t1", "c1")).isZero();
        assertThat(pacing.reserve("t1", "c2")).isEqualTo(Duration.ofMillis(20));
        assertThat(pacing.reserve("t1", "c3")).isEqualTo(Duration.ofMillis(40));
        assertThat(pacing.reserve("t2", "c4")).as("another tenant has its own budget").isZero();
    }

    @Test
    void aQuietConversationSendsAtOnceAgain() {
        pacing.reserve("t1", "c1");
        pacing.reserve("t1", "c1");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(pacing.reserve("t1", "c1")).isZero();
    }

    @Test
    void whatIsWorthSendingOnlyAtOnceIsSkippedWhenASlotIsTaken() {
        assertThat(pacing.tryNow("t1", "c1")).isTrue();
        assertThat(pacing.tryNow("t1", "c1")).isFalse();
        assertThat(pacing.tryNow("t1", "c2")).as("the tenant's slot is taken for 20 ms").isFalse();
        now.addAndGet(Duration.ofMillis(20).toNanos());
        assertThat(pacing.tryNow("t1", "c2")).isTrue();
        assertThat(pacing.reserve("t1", "c1")).as("c1's next slot is 143 ms after its typing").isEqualTo(Duration.ofMillis(123));
    }
}
