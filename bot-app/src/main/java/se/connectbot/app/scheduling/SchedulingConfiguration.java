package se.connectbot.app.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.dispatch.Takeover;
import se.connectbot.core.dispatch.TakeoverProperties;
import se.connectbot.core.housekeeping.Housekeeping;

/** The core's housekeeping and its takeover of accepted work as db-scheduler recurring tasks; db-scheduler's own starter runs every task bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousekeepingSettings.class)
class SchedulingConfiguration {

    /** The task's name in {@code scheduled_tasks}: renaming it leaves the old row behind. */
    static final String HOUSEKEEPING = "housekeeping";

    /** The task's name in {@code scheduled_tasks}: renaming it leaves the old row behind. */
    static final String TAKEOVER = "accepted-work-takeover";

    /**
     * Finishing work that a dead instance accepted. One run at a time across the instances keeps it
     * tidy; the takeover's row claims (SKIP LOCKED) would keep two at once safe as well.
     */
    @Bean
    RecurringTask<Void> acceptedWorkTakeoverTask(Takeover takeover, TakeoverProperties settings) {
        return Tasks.recurring(TAKEOVER, FixedDelay.of(settings.interval()))
                .execute((instance, context) -> takeover.run());
    }

    @Bean
    RecurringTask<Void> housekeepingTask(Housekeeping housekeeping, HousekeepingSettings settings) {
        return Tasks.recurring(HOUSEKEEPING, FixedDelay.of(settings.interval()))
                .execute((instance, context) -> housekeeping.run());
    }
}
