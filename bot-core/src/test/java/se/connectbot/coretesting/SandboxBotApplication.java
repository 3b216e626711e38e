package se.connectbot.coretesting;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

    /** The core against {@code sandbox} as its portal, on the embedded PostgreSQL's database {@code database}; close it after. */
    public static ConfigurableApplicationContext start(SandboxPortal sandbox, String database) {
        return new SpringApplicationBuilder(SandboxBotApplication.class).web(WebApplicationType.NONE)
                .properties("embedded-db.database=" + database, "spring.main.banner-mode=off",
                        "connectbot.portal.base-url=" + sandbox.baseUrl(),
                        "connectbot.portal.client-id=" + SandboxPortal.CLIENT_ID,
                        "connectbot.portal.client-secret=" + SandboxPortal.CLIENT_SECRET,
                        "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .run();
    }
}
