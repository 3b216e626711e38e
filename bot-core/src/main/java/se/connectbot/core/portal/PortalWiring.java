package se.connectbot.core.portal;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.linking.PortalSignIn;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;

/**
 * Builds the portal client when {@code connectbot.portal.base-url} is set and the application
 * has not supplied its own. Imported after every other configuration (by the core's deferred
 * import selector), so that "its own" is known when the conditions are evaluated.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "connectbot.portal", name = "base-url")
public class PortalWiring {

    @Bean
    @ConditionalOnMissingBean
    PortalClientConfig portalClientConfig(PortalProperties properties, Clock clock) {
        return PortalClientConfig.of(properties.baseUrl(), properties.clientId(), properties.clientSecret())
                .withTimeouts(properties.connectTimeout(), properties.readTimeout())
                .withOAuthEndpoints(properties.authorizationUrl(), null, null)
                .withTime(clock, Ticker.systemTicker());
    }

    @Bean
    @ConditionalOnMissingBean
    PortalApi portalApi(PortalClientConfig config) {
        return PortalClients.create(config);
    }

    @Bean
    @ConditionalOnMissingBean
    PortalSignIn portalSignIn(PortalClientConfig config) {
        return new OAuthSignIn(PortalClients.oauth(config));
    }
}
