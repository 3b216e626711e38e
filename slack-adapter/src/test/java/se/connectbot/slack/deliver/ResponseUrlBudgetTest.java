package se.connectbot.slack.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.slack.testing.SlackWireTest;

/** The budget on the real PostgreSQL, as two instances of the bot would share it. */
class ResponseUrlBudgetTest extends SlackWireTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesShareTheFiveUsesOfOneUrl() {
        ResponseUrlBudget a = budgetAt(NOW);
        ResponseUrlBudget b = budgetAt(NOW.plusSeconds(1));
        String url = url("shared");

        List<Boolean> taken = List.of(a.tryTake(url), b.tryTake(url), a.tryTake(url), b.tryTake(url), a.tryTake(url),
                b.tryTake(url), a.tryTake(url));

        assertThat(taken).containsExactly(true, true, true, true, true, false, false);
        assertThat(a.tryTake(url("another"))).isTrue();
    }

    @Test
    void concurrentUsesNeverOverdrawTheBudget() throws Exception {
        String url = url("raced");
        List<Callable<Boolean>> takers = IntStream.range(0, 20)
                .mapToObj(i -> (Callable<Boolean>) () -> budgetAt(NOW).tryTake(url)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Boolean> taken = new ArrayList<>();
        try {
            for (Future<Boolean> f : pool.invokeAll(takers)) {
                taken.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(taken).filteredOn(t -> t).hasSize(ResponseUrlBudget.USES);
    }

    @Test
    void storesTheUrlOnlyAsItsDigestAndForgetsItAfterThirtyMinutes() {
        String url = url("forgotten");
        budgetAt(NOW).tryTake(url);
        assertThat(jdbc.sql("select url_digest from slack_response_url_use").query(String.class).list())
                .isNotEmpty().allMatch(digest -> digest.matches("[0-9a-f]{64}"));

        assertThat(budgetAt(NOW.plus(Duration.ofMinutes(29))).sweep()).isZero();
        assertThat(budgetAt(NOW.plus(Duration.ofMinutes(31))).sweep()).isPositive();
        assertThat(budgetAt(NOW.plus(Duration.ofMinutes(31))).tryTake(url)).isTrue();
    }

    private ResponseUrlBudget budgetAt(Instant now) {
        return new ResponseUrlBudget(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String url(String name) {
        return "https://hooks.slack.com/actions/T0/" + name + "-" + System.nanoTime() + "/secret";
    }
}
