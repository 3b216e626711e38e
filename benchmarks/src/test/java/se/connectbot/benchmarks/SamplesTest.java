package se.connectbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void givesNearestRankPercentilesInMilliseconds() {
        Samples samples = new Samples();
        for (int ms = 100; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }

        Samples.Summary summary = samples.summary(2_000_000_000L);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Ms()).isEqualTo(50.0);
        assertThat(summary.p90Ms()).isEqualTo(90.0);
        assertThat(summary.p99Ms()).isEqualTo(99.0);
        assertThat(summary.maxMs()).isEqualTo(100.0);
        assertThat(summary.meanMs()).isEqualTo(50.5);
        assertThat(summary.perSecond()).isEqualTo(50.0);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Samples samples = new Samples();
        samples.add(3_000_000L);

        Samples.Summary summary = samples.summary(0);

        assertThat(summary.p50Ms()).isEqualTo(3.0);
        assertThat(summary.p99Ms()).isEqualTo(3.0);
        assertThat(summary.cells()).containsExactly("1", "3.00", "3.00", "3.00", "3.00", "3.00", "–");
    }

    @Test
    void mergesAnotherWorkersSamplesAndGrowsPastItsFirstArray() {
        Samples mine = new Samples();
        Samples theirs = new Samples();
        for (int i = 0; i < 3000; i++) {
            theirs.add(i);
        }

        mine.addAll(theirs);

        assertThat(mine.count()).isEqualTo(3000);
        assertThat(mine.summary(1).maxMs()).isEqualTo(2999 / 1_000_000.0);
    }

    @Test
    void refusesNegativeLatenciesAndAnEmptySummary() {
        assertThatThrownBy(() -> new Samples().add(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Samples().summary(1)).hasMessageContaining("no samples");
    }
}
