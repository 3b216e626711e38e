package se.connectbot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * The adapter's own threads: workers that call the core and deliver (bounded, with a bounded
 * queue, so a flood is refused rather than piled up), and timers for notes and clean-ups. Not
 * exposed as {@code Executor} beans, which would switch off Spring Boot's own task executor.
 */
final class SlackThreads implements DisposableBean {

    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timers;

    SlackThreads(int workerThreads) {
        this.workers = new ThreadPoolExecutor(workerThreads, workerThreads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), named("slack-worker-"));
        this.workers.allowCoreThreadTimeOut(true);
        this.timers = new ScheduledThreadPoolExecutor(2, named("slack-timer-"));
        this.timers.setRemoveOnCancelPolicy(true);
    }

    ExecutorService workers() {
        return workers;
    }

    ScheduledExecutorService timers() {
        return timers;
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
