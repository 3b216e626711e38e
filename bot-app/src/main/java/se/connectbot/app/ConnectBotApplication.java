package se.connectbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;

/**
 * The bot: the core, the platform adapters whose credentials are configured, and the local web
 * chat. With no database configured it runs on an embedded PostgreSQL; with no portal configured
 * it starts the sandbox portal in this process first (see {@code se.connectbot.app.sandbox}).
 *
 * <p>The sandbox's libraries (authorization server, resource server) share this classpath; their
 * auto-configurations belong to the sandbox's own context, not to the bot's, hence the exclusions.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@Import(CoreConfiguration.class)
public class ConnectBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConnectBotApplication.class, args);
    }
}
