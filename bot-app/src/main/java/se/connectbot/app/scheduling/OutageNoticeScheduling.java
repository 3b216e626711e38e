package se.connectbot.app.scheduling;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import se.connectbot.core.notice.NoticeDispatcher;
import se.connectbot.core.notice.NoticeProperties;
import se.connectbot.core.notice.OutagePoller;
import se.connectbot.core.notice.ScopeRefresh;

/**
 * Outage notices: the feed's poller as a db-scheduler recurring task (one instance per period),
 * and the outbox's delivery on every instance, each on one thread of its own at
 * {@code connectbot.outages.dispatch-interval} — not through db-scheduler, whose polling interval
 * (10 s) would be the notices' latency, and whose one-at-a-time would leave the other instances
 * idle during a fan-out; the outbox's SKIP LOCKED claims keep the instances apart.
 */
@Configuration(proxyBeanMethods = false)
class OutageNoticeScheduling {

    /** The task's name in {@code scheduled_tasks}: renaming it leaves the old row behind. */
    static final String POLL = "outage-feed-poll";

    @Bean
    RecurringTask<Void> outageFeedPollTask(OutagePoller poller, NoticeProperties settings) {
        return Tasks.recurring(POLL, FixedDelay.of(settings.pollInterval()))
                .execute((instance, context) -> poller.poll());
    }

    /** The task's name in {@code scheduled_tasks}: renaming it leaves the old row behind. */
    static final String SCOPE_REFRESH = "outage-subscription-scope-refresh";

    @Bean
    RecurringTask<Void> outageSubscriptionScopeTask(ScopeRefresh refresh, NoticeProperties settings) {
        return Tasks.recurring(SCOPE_REFRESH, FixedDelay.of(settings.scopeRefresh()))
                .execute((instance, context) -> refresh.refresh());
    }

    @Bean
    SmartLifecycle outageNoticeDelivery(NoticeDispatcher dispatcher, NoticeProperties settings) {
        return new Delivery(dispatcher, settings);
    }

    /** Drains the outbox periodically from start to stop; a failed drain is logged and the next one runs. */
    private static final class Delivery implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(Delivery.class);

        private final NoticeDispatcher dispatcher;
        private final NoticeProperties settings;
        private volatile @Nullable ScheduledExecutorService thread;

        Delivery(NoticeDispatcher dispatcher, NoticeProperties settings) {
            this.dispatcher = dispatcher;
            this.settings = settings;
        }

        @Override
        public void start() {
            thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outage-notices").daemon().factory());
            long every = settings.dispatchInterval().toMillis();
            thread.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        }

        private void drain() {
            try {
                dispatcher.drain();
            } catch (RuntimeException e) {
                log.warn("Delivering outage notices failed; trying again in {}", settings.dispatchInterval(), e);
            }
        }

        @Override
        public void stop() {
            ScheduledExecutorService running = thread;
            if (running != null) {
                running.shutdown();
                try {
                    running.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public boolean isRunning() {
            ScheduledExecutorService running = thread;
            return running != null && !running.isShutdown();
        }
    }
}
