package se.connectbot.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Drives a measured operation: sequentially a fixed number of times, or from several threads
 * for a fixed time, after a warm-up each. An operation that throws counts as an error (its time
 * is not kept); the first error's message is kept for the report.
 */
final class Load {

    private Load() {
    }

    /** One operation; {@code worker} is the calling thread's index (0 when sequential), {@code i} the call's. */
    @FunctionalInterface
    interface Operation {
        void run(int worker, long i) throws Exception;
    }

    record Result(Samples.Summary summary, int errors, @Nullable String firstError) {

        List<String> cells() {
            List<String> cells = new ArrayList<>(List.of(summary.cells()));
            cells.add(String.valueOf(errors));
            return cells;
        }

        static List<String> headers() {
            List<String> headers = new ArrayList<>(List.of(Samples.Summary.headers()));
            headers.add("errors");
            return headers;
        }
    }

    static Result sequential(int warmUp, int measured, Operation operation) {
        Errors errors = new Errors();
        for (int i = 0; i < warmUp; i++) {
            errors.run(operation, 0, i);
        }
        errors.reset();
        Samples samples = new Samples();
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            if (errors.run(operation, 0, i)) {
                samples.add(System.nanoTime() - t0);
            }
        }
        return errors.result(samples, System.nanoTime() - start);
    }

    static Result concurrent(int threads, Duration warmUp, Duration measured, Operation operation) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Errors errors = new Errors();
            CountDownLatch ready = new CountDownLatch(threads);
            AtomicLong lastEnd = new AtomicLong();
            long[] window = new long[2];
            List<Future<Samples>> workers = new ArrayList<>();
            long begin = System.nanoTime() + 200_000_000L;
            window[0] = begin + warmUp.toNanos();
            window[1] = window[0] + measured.toNanos();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                workers.add(pool.submit(() -> work(worker, operation, errors, ready, window, lastEnd)));
            }
            Samples all = new Samples();
            for (Future<Samples> worker : workers) {
                all.addAll(worker.get());
            }
            return errors.result(all, lastEnd.get() - window[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Samples work(int worker, Operation operation, Errors errors, CountDownLatch ready, long[] window,
                                AtomicLong lastEnd) throws InterruptedException {
        ready.countDown();
        ready.await();
        Samples samples = new Samples();
        long i = 0;
        while (System.nanoTime() < window[0]) {
            errors.runWarmUp(operation, worker, i++);
        }
        long now;
        while ((now = System.nanoTime()) < window[1]) {
            if (errors.run(operation, worker, i++)) {
                samples.add(System.nanoTime() - now);
            }
        }
        lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
        return samples;
    }

    private static final class Errors {

        private final AtomicInteger count = new AtomicInteger();
        private final AtomicReference<@Nullable String> first = new AtomicReference<>();

        boolean run(Operation operation, int worker, long i) {
            try {
                operation.run(worker, i);
                return true;
            } catch (Exception | AssertionError e) {
                count.incrementAndGet();
                first.compareAndSet(null, e.toString());
                return false;
            }
        }

        void runWarmUp(Operation operation, int worker, long i) {
            try {
                operation.run(worker, i);
            } catch (Exception | AssertionError e) {
                first.compareAndSet(null, "(warm-up) " + e);
            }
        }

        void reset() {
            count.set(0);
        }

        Result result(Samples samples, long wallNanos) {
            if (samples.count() == 0) {
                throw new IllegalStateException("every measured operation failed; the first: " + first.get());
            }
            return new Result(samples.summary(wallNanos), count.get(), first.get());
        }
    }
}
