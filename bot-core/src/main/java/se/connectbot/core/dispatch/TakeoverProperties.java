package se.connectbot.core.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When another instance finishes work that the one which accepted it did not
 * ({@code connectbot.dispatch.takeover.*}).
 *
 * @param interval     how often the application looks for such work (once per period across all instances)
 * @param after        accepted work never started after this long is taken over (its instance died
 *                     between the acknowledgement and the work)
 * @param startedAfter started work not heard of for this long is taken over (running work says it
 *                     is alive every third of it, however long it takes); must exceed
 *                     {@code connectbot.delivery.abandoned-after}, else the engine's delivery log
 *                     would answer the takeover "still working on it" for work nobody is doing
 * @param maxAttempts  runs of one delivery at most (the first included); then it is given up and
 *                     the user told, as far as that still works
 * @param batch        rows taken over per run and instance
 */
@ConfigurationProperties("connectbot.dispatch.takeover")
public record TakeoverProperties(
        @DefaultValue("5s") Duration interval,
        @DefaultValue("30s") Duration after,
        @DefaultValue("3m") Duration startedAfter,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("20") int batch) {

    public TakeoverProperties {
        if (interval.isNegative() || interval.isZero() || after.isNegative() || startedAfter.isNegative()) {
            throw new IllegalArgumentException("connectbot.dispatch.takeover.interval must be positive, after and started-after not negative");
        }
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("connectbot.dispatch.takeover.max-attempts and batch must be at least 1 but were "
                    + maxAttempts + " and " + batch);
        }
    }
}
