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
 * @param clickWindow      a repeated click on the same thing within this is ignored
 * @param retryWindow      how long a delivery id is claimed against the platform's retries
 * @param workerThreads    threads running the engine for every adapter (until Java 25's virtual threads)
 */
@Validated
@ConfigurationProperties("connectbot.dispatch")
public record DispatchProperties(
        @DefaultValue("2s") Duration workingNoteDelay,
        @DefaultValue("10s") Duration clickWindow,
        @DefaultValue("1d") Duration retryWindow,
        @DefaultValue("16") @Min(1) int workerThreads) {

    public DispatchProperties {
        if (workerThreads < 1) {
            throw new IllegalArgumentException("connectbot.dispatch.worker-threads must be at least 1 but was " + workerThreads);
        }
        if (clickWindow.compareTo(retryWindow) > 0) {
            throw new IllegalArgumentException("connectbot.dispatch.click-window must not exceed connectbot.dispatch.retry-window ("
                    + retryWindow + ") but was " + clickWindow);
        }
    }
}
