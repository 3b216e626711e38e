package se.connectbot.core.dispatch;

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
 * The threads that run inbound work after the adapters acknowledged it: workers that call the
 * engine and the adapters' senders, and two timers for notes and clean-ups. Made here and only
 * here. Not exposed as {@code Executor} beans, which would switch off Spring Boot's own task
 * executor.
 */
final class AdapterThreads implements DisposableBean {

    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timers;

    AdapterThreads(int workerThreads) {
        this.workers = workers(workerThreads);
        this.timers = new ScheduledThreadPoolExecutor(2, named("dispatch-timer-"));
        this.timers.setRemoveOnCancelPolicy(true);
    }

    /**
     * Java 25: virtual threads — {@code return Executors.newVirtualThreadPerTaskExecutor();} (and
     * drop {@code connectbot.dispatch.worker-threads}), so a slow portal or a platform's
     * {@code Retry-After} parks a virtual thread instead of holding one of a few pool slots. On
     * Java 17: a bounded pool with a bounded queue, so a flood is refused ("too busy") rather than
     * piled up.
     */
    static ExecutorService workers(int workerThreads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workerThreads, workerThreads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), named("dispatch-worker-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
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
