package se.connectbot.core.portal;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach the portal ({@code connectbot.portal.*}).
 *
 * @param baseUrl          the portal's origin, e.g. {@code http://localhost:8081}; unset: the
 *                         application must supply a {@code PortalApi} and a {@code PortalSignIn}
 * @param clientId         the bot's OAuth client
 * @param clientSecret     its secret
 * @param authorizationUrl where browsers sign in, when they reach the portal by another address
 *                         than the bot does; unset: {@code <baseUrl>/oauth2/authorize}
 * @param connectTimeout   to open a connection
 * @param readTimeout      for a whole answer
 */
@ConfigurationProperties("connectbot.portal")
public record PortalProperties(
        @Nullable URI baseUrl,
        @DefaultValue("connect-bot") String clientId,
        @DefaultValue("") String clientSecret,
        @Nullable URI authorizationUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    @Override
    public String toString() {
        return "PortalProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
