package se.connectbot.core.linking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps on sign-ins ({@code connectbot.*}).
 *
 * @param maxPendingSignIns how many sign-in links one chat user may hold unused at once (each is a
 *                          stored row until it expires); past it, the user is asked to use one
 */
@Validated
@ConfigurationProperties("connectbot")
public record SignInLimits(@DefaultValue("5") int maxPendingSignIns) {

    public SignInLimits {
        if (maxPendingSignIns < 1) {
            throw new IllegalArgumentException("connectbot.max-pending-sign-ins must be at least 1 but was " + maxPendingSignIns);
        }
    }
}
