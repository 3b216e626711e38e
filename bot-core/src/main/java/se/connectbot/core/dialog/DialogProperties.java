package se.connectbot.core.dialog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dialog timing ({@code connectbot.dialog.*}).
 *
 * @param idleTimeout   how long a dialog waits for an answer before it expires
 * @param keepFinished  how long finished dialogs are kept, so a late repeated confirm still
 *                      repeats its answer, before housekeeping forgets them
 * @param submitTimeout how long an attempt at a dialog's portal write is waited for before
 *                      another turn may send it again (its process may have died); longer than
 *                      the portal client's timeouts with their retries
 */
@ConfigurationProperties("connectbot.dialog")
public record DialogProperties(
        @DefaultValue("PT15M") Duration idleTimeout,
        @DefaultValue("P7D") Duration keepFinished,
        @DefaultValue("PT30S") Duration submitTimeout) {
}
