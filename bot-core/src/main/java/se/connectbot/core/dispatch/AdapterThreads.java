package se.connectbot.core.dispatch;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * The threads that run inbound work after the adapters acknowledged it: a virtual thread per
 * delivery that calls the engine and the adapter's sender, and two timers for notes. Made here and only
 * here. Not exposed as {@code Executor} beans, which would switch off Spring Boot's own task
 * executor.
 */
final class AdapterThreads implements DisposableBean {

    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timers;

    /** As {@link #AdapterThreads(int, int)} with as many running as in flight. */
    AdapterThreads(int maxInFlight) {
        this(maxInFlight, maxInFlight);
    }

    /**
     * @param maxInFlight how many accepted deliveries may wait or run at once; past it, new ones
     *                    are refused ("too busy")
     * @param running     how many of them run at once; the others wait, parked, for a turn. The
     *                    workers share the database's connection pool with the acknowledgements,
     *                    which must record the accepted work within the platform's deadline, so
     *                    running work is kept near the pool's size.
     */
    AdapterThreads(int maxInFlight, int running) {
        this.workers = new BoundedVirtualThreads(maxInFlight, running);
        this.timers = new ScheduledThreadPoolExecutor(2, named("dispatch-timer-"));
        this.timers.setRemoveOnCancelPolicy(true);
    }

    ExecutorService workers() {
        return workers;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    /**
     * A virtual thread per delivery, so a slow portal or a platform's {@code Retry-After} parks a
     * virtual thread instead of holding one of a few pool slots; at most {@code maxInFlight} at
     * once, so a flood is refused rather than piled up.
     */
    private static final class BoundedVirtualThreads extends AbstractExecutorService {

        private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("dispatch-", 1).factory());
        private final Semaphore inFlight;
        private final Semaphore running;

        BoundedVirtualThreads(int maxInFlight, int running) {
            this.inFlight = new Semaphore(maxInFlight);
            this.running = new Semaphore(running, true);
        }

        @Override
        public void execute(Runnable work) {
            if (!inFlight.tryAcquire()) {
                throw new RejectedExecutionException("too many deliveries in flight");
            }
            try {
                threads.execute(() -> {
                    try {
                        runInTurn(work);
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.release();
                throw e;
            }
        }

        private void runInTurn(Runnable work) {
            try {
                running.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                work.run();
            } finally {
                running.release();
            }
        }

        @Override
        public void shutdown() {
            threads.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return threads.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return threads.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return threads.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return threads.awaitTermination(timeout, unit);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        timers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
