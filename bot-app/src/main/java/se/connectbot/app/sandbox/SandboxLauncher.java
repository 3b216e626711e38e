package se.connectbot.app.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;
import se.connectbot.sandbox.SandboxApplication;

/**
 * Starts {@link SandboxApplication} as a separate Spring application in this JVM, isolated from
 * the bot's configuration: its environment holds neither the process's environment variables nor
 * its system properties (a {@code SERVER_PORT} or {@code SPRING_DATASOURCE_URL} meant for the bot
 * would otherwise move the sandbox onto the bot's port or database), and it reads config files
 * named {@code portal-sandbox.*} instead of {@code application.*}.
 */
final class SandboxLauncher {

    /** The sandbox's config file name: {@code classpath:/application.yml} is the bot's. */
    static final String CONFIG_NAME = "portal-sandbox";

    private SandboxLauncher() {
    }

    /**
     * @param properties the sandbox's settings, taking precedence over its own config files
     */
    static RunningSandbox start(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource("connectbotSandboxSettings", properties));
        sandboxOwnApplicationYaml().forEach(sources::addLast);

        ConfigurableApplicationContext context = new SpringApplicationBuilder(SandboxApplication.class)
                .main(SandboxApplication.class)
                .environment(environment)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(true)
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RunningSandbox(URI.create("http://localhost:" + port), port, context);
    }

    /**
     * The sandbox module's own {@code application.yml}, found beside its classes: on the bot's
     * classpath the name {@code application.yml} resolves to the bot's file first.
     */
    static List<PropertySource<?>> sandboxOwnApplicationYaml() {
        return ownResource("application.yml").map(url -> {
            try {
                return new YamlPropertySourceLoader().load("portal-sandbox defaults (" + url + ")", new UrlResource(url));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sandbox's " + url, e);
            }
        }).orElse(List.of());
    }

    static Optional<URL> ownResource(String name) {
        CodeSource codeSource = SandboxApplication.class.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            return Optional.empty();
        }
        String root = codeSource.getLocation().toString();
        try {
            for (URL url : Collections.list(SandboxApplication.class.getClassLoader().getResources(name))) {
                String candidate = url.toString();
                if (candidate.startsWith(root) || candidate.startsWith("jar:" + root + "!/")) {
                    return Optional.of(url);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + name + " on the classpath", e);
        }
    }
}
