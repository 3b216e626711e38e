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
 *                       answered (short: the page is meant to be answered at once)
 * @param signInScopes   the scopes the bot asks for
 */
@ConfigurationProperties("connectbot")
public record LinkingProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("PT10M") Duration signInValidity,
        @DefaultValue("PT5M") Duration signInConfirmValidity,
        @DefaultValue({"openid", "portal"}) List<String> signInScopes) {

    public URI redirectUri() {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/oauth/callback");
    }
}
