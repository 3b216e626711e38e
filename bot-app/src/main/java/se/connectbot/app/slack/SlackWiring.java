package se.connectbot.app.slack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.connectbot.app.web.PlatformWebhooks;
import se.connectbot.slack.SlackConfiguration;

/**
 * The Slack adapter, when Slack credentials are configured ({@code SLACK_SIGNING_SECRET} with
 * {@code SLACK_BOT_TOKEN}, or {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET}; see
 * {@link SlackConfiguration}). Imported, never scanned: the adapter's package stays outside the
 * application's component scan. Its Flyway migrations ({@code classpath:db/slack}) join the
 * bot's database only; the in-process sandbox portal is another context with its own Flyway.
 *
 * <p>{@code /slack/**} gets a filter chain of its own, ahead of the bot's fallback chain: Slack
 * signs every request and Bolt checks that signature over the raw body, so nothing here may read
 * request parameters first (the CSRF filter would, and would also refuse Slack's POSTs), and
 * Slack keeps no cookies, so no session is made for it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfiguration.SlackConfigured.class)
@Import(SlackConfiguration.class)
class SlackWiring {

    static final String PATHS = "/slack/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    SecurityFilterChain slackFilterChain(HttpSecurity http) throws Exception {
        return PlatformWebhooks.chain(http, PATHS);
    }
}
