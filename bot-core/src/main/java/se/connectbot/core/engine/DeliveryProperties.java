package se.connectbot.core.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * De-duplication of deliveries ({@code connectbot.delivery.*}), by the {@link DeliveryLog}.
 *
 * @param keep           how long a delivery is remembered, so that a platform's retry of it runs
 *                       nothing (platforms retry within minutes)
 * @param abandonedAfter when a delivery still unanswered after this long is handled again (its
 *                       handler died with the process)
 * @param keepReply      how long the (sealed) answer is kept to repeat it to a copy that reaches
 *                       the engine; a repeat after that only says it was answered. At most {@code keep}
 * @param clickWindow    a second click on the same thing within this is a double click: ignored.
 *                       At most {@code keep}
 */
@ConfigurationProperties("connectbot.delivery")
public record DeliveryProperties(
        @DefaultValue("P1D") Duration keep,
        @DefaultValue("PT2M") Duration abandonedAfter,
        @DefaultValue("PT10M") Duration keepReply,
        @DefaultValue("PT10S") Duration clickWindow) {

    public DeliveryProperties {
        if (keepReply.isNegative() || keepReply.compareTo(keep) > 0) {
            throw new IllegalArgumentException("connectbot.delivery.keep-reply must be between 0 and connectbot.delivery.keep ("
                    + keep + ") but was " + keepReply);
        }
        if (clickWindow.isNegative() || clickWindow.compareTo(keep) > 0) {
            throw new IllegalArgumentException("connectbot.delivery.click-window must be between 0 and connectbot.delivery.keep ("
                    + keep + ") but was " + clickWindow);
        }
    }
}
