package se.connectbot.coretesting;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;

/**
 * The core as bot-app runs it, with the real portal client built from {@code connectbot.portal.*}
 * (point it at a {@link SandboxPortal}). Not a {@code @SpringBootConfiguration}, on purpose.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(CoreConfiguration.class)
public class SandboxBotApplication {
}
