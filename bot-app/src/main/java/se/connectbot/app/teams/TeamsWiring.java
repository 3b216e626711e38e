package se.connectbot.app.teams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.connectbot.app.web.PlatformWebhooks;
import se.connectbot.teams.TeamsConfiguration;

/**
 * The Teams adapter, when {@code MICROSOFT_APP_ID} is set (see {@link TeamsConfiguration}).
 * Imported, never scanned: the adapter's package stays outside the application's component scan.
 * It has no Flyway migrations: what Teams tells is kept in the core's tables.
 *
 * <p>{@code /api/messages} gets a filter chain of its own, ahead of the bot's fallback chain: the
 * Bot Framework authenticates with its own JWT, which the adapter checks over the raw activity
 * (the token's {@code serviceurl} against the body's), so Spring Security only lets it through;
 * no CSRF token (the Bot Framework has none), no session.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsConfiguration.TeamsConfigured.class)
@Import(TeamsConfiguration.class)
class TeamsWiring {

    static final String PATHS = "/api/messages";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 101)
    SecurityFilterChain teamsFilterChain(HttpSecurity http) throws Exception {
        return PlatformWebhooks.chain(http, PATHS);
    }
}
