package se.connectbot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdapterThreadsTest {

    @Test
    void runsEachDeliveryOnAVirtualThread() throws Exception {
        AdapterThreads threads = new AdapterThreads(10);
        try {
            CompletableFuture<Boolean> virtual = new CompletableFuture<>();
            threads.workers().execute(() -> virtual.complete(Thread.currentThread().isVirtual()));
            assertThat(virtual.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.destroy();
        }
    }

    @Test
    void refusesWorkPastTheDeliveriesInFlightAndTakesItAgainWhenOneEnds() throws Exception {
        AdapterThreads threads = new AdapterThreads(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        try {
            for (int i = 0; i < 2; i++) {
                threads.workers().execute(() -> {
                    started.countDown();
                    awaitQuietly(release);
                });
            }
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> threads.workers().execute(() -> { })).isInstanceOf(RejectedExecutionException.class);

            release.countDown();
            CountDownLatch ranAfter = new CountDownLatch(1);
            org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS).ignoreExceptions()
                    .until(() -> {
                        threads.workers().execute(ranAfter::countDown);
                        return true;
                    });
            assertThat(ranAfter.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
            threads.destroy();
        }
    }

    @Test
    void runsAtMostTheRunningBoundAtOnceAndParksTheRestUntilATurnIsFree() throws Exception {
        AdapterThreads threads = new AdapterThreads(10, 2);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger now = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch done = new CountDownLatch(5);
        try {
            for (int i = 0; i < 5; i++) {
                threads.workers().execute(() -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    awaitQuietly(release);
                    now.decrementAndGet();
                    done.countDown();
                });
            }
            Thread.sleep(200);
            assertThat(now.get()).as("two run, three wait without being refused").isEqualTo(2);
            release.countDown();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(most.get()).isEqualTo(2);
        } finally {
            release.countDown();
            threads.destroy();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
