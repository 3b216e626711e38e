package se.connectbot.core.dispatch;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How inbound work is run after the acknowledgement ({@code connectbot.dispatch.*}).
 *
 * @param workingNoteDelay an answer slower than this is preceded by a "working on it" note
 * @param maxInFlight      deliveries worked on at once, each on a virtual thread; past it a new one
 *                         is told "too busy" (a flood is refused rather than piled up)
 * @param running          of those, how many run at once (the rest wait, parked): kept near the
 *                         database pool's size, so the workers cannot starve the acknowledgements
 *                         of the connections they need to record accepted work in time
 */
@Validated
@ConfigurationProperties("connectbot.dispatch")
public record DispatchProperties(
        @DefaultValue("2s") Duration workingNoteDelay,
        @DefaultValue("2000") @Min(1) int maxInFlight,
        @DefaultValue("16") @Min(1) int running) {

    public DispatchProperties {
        if (running < 1 || running > maxInFlight) {
            throw new IllegalArgumentException("connectbot.dispatch.running must be between 1 and max-in-flight (" + maxInFlight
                    + ") but was " + running);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("connectbot.dispatch.max-in-flight must be at least 1 but was " + maxInFlight);
        }
    }
}
