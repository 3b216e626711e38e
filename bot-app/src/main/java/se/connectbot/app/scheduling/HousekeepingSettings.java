package se.connectbot.app.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code connectbot.housekeeping.*}.
 *
 * @param interval how long after one housekeeping run ends the next begins, on whichever instance
 *                 takes it; short enough that a delivery's sealed reply does not outlive
 *                 {@code connectbot.delivery.keep-reply} by much
 */
@ConfigurationProperties("connectbot.housekeeping")
record HousekeepingSettings(@DefaultValue("PT5M") Duration interval) {

    HousekeepingSettings {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("connectbot.housekeeping.interval must be positive but was " + interval);
        }
    }
}
