package se.connectbot.app.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.housekeeping.Housekeeping;

/** The core's housekeeping as a db-scheduler recurring task; db-scheduler's own starter runs every task bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousekeepingSettings.class)
class SchedulingConfiguration {

    /** The task's name in {@code scheduled_tasks}: renaming it leaves the old row behind. */
    static final String HOUSEKEEPING = "housekeeping";

    @Bean
    RecurringTask<Void> housekeepingTask(Housekeeping housekeeping, HousekeepingSettings settings) {
        return Tasks.recurring(HOUSEKEEPING, FixedDelay.of(settings.interval()))
                .execute((instance, context) -> housekeeping.run());
    }
}
