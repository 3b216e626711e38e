package se.connectbot.coretesting;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.connectbot.sandbox.SandboxApplication;

/**
 * The real sandbox portal, started in this JVM on a free port with a database of its own, its
 * environment cut off from the process's variables and system properties (so nothing meant for
 * the bot reaches it). Close it to stop it.
 */
public final class SandboxPortal implements AutoCloseable {

    /** The bot's client at the sandbox, as its demo configuration registers it. */
    public static final String CLIENT_ID = "connect-bot";
    public static final String CLIENT_SECRET = "connect-bot-secret";

    private final ConfigurableApplicationContext context;
    private final URI baseUrl;

    private SandboxPortal(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public static SandboxPortal start(String database) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-under-test", Map.of(
                "server.port", 0, "embedded-db.database", database, "spring.application.name", "portal-sandbox")));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SandboxApplication.class)
                .environment(environment).web(WebApplicationType.SERVLET).bannerMode(Banner.Mode.OFF).run();
        return new SandboxPortal(context);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        context.close();
    }
}
