package se.connectbot.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies of one measured operation, in nanoseconds. Thread-safe: concurrent workers may add
 * to one instance (each add is a short synchronized append), or keep their own and
 * {@link #addAll merge} at the end, which keeps the lock out of the measured path.
 */
public final class Samples {

    private long[] nanos = new long[1024];
    private int size;

    public synchronized void add(long latencyNanos) {
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("latency must not be negative but was " + latencyNanos);
        }
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    public void addAll(Samples other) {
        for (long value : other.snapshot()) {
            add(value);
        }
    }

    public synchronized int count() {
        return size;
    }

    /**
     * The percentiles of what was added, with the throughput of {@code count} operations over
     * {@code wallNanos} of wall-clock time (all workers together).
     *
     * @throws IllegalStateException when nothing was added
     */
    public Summary summary(long wallNanos) {
        long[] sorted = snapshot();
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new Summary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), millis(mean),
                wallNanos > 0 ? sorted.length / (wallNanos / 1e9) : Double.NaN);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p}% of values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private synchronized long[] snapshot() {
        return Arrays.copyOf(nanos, size);
    }

    private static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }

    /**
     * @param perSecond operations per second of wall-clock time; NaN when no wall time was given
     */
    public record Summary(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs, double meanMs, double perSecond) {

        /** The table cells: count, p50, p90, p99, max, mean (ms), per second. */
        public String[] cells() {
            return new String[] {String.valueOf(count), ms(p50Ms), ms(p90Ms), ms(p99Ms), ms(maxMs), ms(meanMs),
                    Double.isNaN(perSecond) ? "–" : String.format(Locale.ROOT, "%.0f", perSecond)};
        }

        public static String[] headers() {
            return new String[] {"n", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "per s"};
        }

        static String ms(double value) {
            return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
        }
    }
}
