package se.connectbot.core.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * De-duplication of deliveries ({@code connectbot.delivery.*}).
 *
 * @param keep        how long a handled delivery is remembered (platforms retry within minutes)
 * @param abandonedAfter when a delivery still unanswered after this long is handled again (its
 *                    handler died with the process)
 */
@ConfigurationProperties("connectbot.delivery")
public record DeliveryProperties(
        @DefaultValue("P1D") Duration keep,
        @DefaultValue("PT2M") Duration abandonedAfter) {
}
