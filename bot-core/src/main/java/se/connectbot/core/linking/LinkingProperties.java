package se.connectbot.core.linking;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account linking settings ({@code connectbot.*}).
 *
 * @param publicBaseUrl  where the bot's web endpoints are reached; the OAuth callback is
 *                       {@code <publicBaseUrl>/oauth/callback}
 * @param signInValidity how long a sign-in link may be used
 * @param signInConfirmValidity how long, after the portal sign-in, its confirmation page may be
 *                       answered (short: the page is meant to be answered at once; at most 15 minutes)
 * @param signInScopes   the scopes the bot asks for
 */
@ConfigurationProperties("connectbot")
public record LinkingProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("PT10M") Duration signInValidity,
        @DefaultValue("PT5M") Duration signInConfirmValidity,
        @DefaultValue({"openid", "portal"}) List<String> signInScopes) {

    /**
     * Longest a confirmation page may wait: it holds a portal user's tokens for whoever has its
     * browser's secret, and is meant to be answered at once (issue 7: "within minutes").
     */
    static final Duration MAX_CONFIRM_VALIDITY = Duration.ofMinutes(15);

    public LinkingProperties {
        if (!signInConfirmValidity.isPositive() || signInConfirmValidity.compareTo(MAX_CONFIRM_VALIDITY) > 0) {
            throw new IllegalArgumentException("connectbot.sign-in-confirm-validity must be above zero and at most "
                    + MAX_CONFIRM_VALIDITY + ", but was " + signInConfirmValidity);
        }
    }

    public URI redirectUri() {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/oauth/callback");
    }
}
