package se.connectbot.app.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code connectbot.portal.base-url}, starts the sandbox portal in this process before
 * the bot's context is built and points the bot at it: portal base URL and the demo client's
 * credentials. Runs after the config files are read, so the bot's own settings decide.
 *
 * <p>{@code server.port=0} (tests) is turned into a concrete free port here, because the sandbox
 * must know the bot's OAuth callback URL before the bot listens.
 */
public final class InProcessSandbox implements EnvironmentPostProcessor, Ordered {

    /** Set in the sandbox's own environment, so that this processor leaves that context alone. */
    static final String CHILD_MARKER = "connectbot.sandbox.in-process-child";
    static final String PORTAL_BASE_URL = "connectbot.portal.base-url";
    static final String PUBLIC_BASE_URL = "connectbot.public-base-url";
    static final String PROPERTY_SOURCE_NAME = "connectbotInProcessSandbox";
    /** Auto-configurations that the bot's dependencies bring onto the sandbox's classpath, for the bot alone. */
    static final List<String> BOT_ONLY_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration",
            "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
            // the bot's scheduled jobs and their table are the bot's; the sandbox's database has neither
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerMetricsAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerActuatorAutoConfiguration");

    private final Log log;

    public InProcessSandbox(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(InProcessSandbox.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(CHILD_MARKER, Boolean.class, false)
                || StringUtils.hasText(environment.getProperty(PORTAL_BASE_URL))) {
            return;
        }
        SandboxSettings settings = Binder.get(environment).bindOrCreate("connectbot.sandbox", SandboxSettings.class);
        if (!settings.enabled()) {
            return;
        }
        Map<String, Object> forBot = new LinkedHashMap<>();
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, forBot));
        int botPort = pinBotPort(environment, forBot);
        String callback = trimSlash(environment.getRequiredProperty(PUBLIC_BASE_URL)) + "/oauth/callback";
        int port = settings.port() == 0 ? FreePort.pick() : settings.port();
        long started = System.nanoTime();
        RunningSandbox sandbox = start(SandboxProperties.of(environment, settings, port, botPort, callback), port);
        log.info("Sandbox portal started in this process at " + sandbox.baseUrl() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms (no connectbot.portal.base-url configured)");
        forBot.put(PORTAL_BASE_URL, sandbox.baseUrl().toString());
        forBot.put("connectbot.portal.client-id", SandboxContract.CLIENT_ID);
        forBot.put("connectbot.portal.client-secret", SandboxContract.CLIENT_SECRET);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("inProcessSandbox", sandbox));
        application.addListeners(new StopWithBot(sandbox));
    }

    /** The bot's port, made concrete when it is 0 (the callback URL must be known now). */
    private static int pinBotPort(ConfigurableEnvironment environment, Map<String, Object> forBot) {
        int botPort = environment.getProperty("server.port", Integer.class, 8080);
        if (botPort == 0) {
            botPort = FreePort.pick();
            forBot.put("server.port", botPort);
        }
        return botPort;
    }

    private static RunningSandbox start(Map<String, Object> properties, int port) {
        try {
            return SandboxLauncher.start(properties);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The in-process sandbox portal could not start on port " + port
                    + ". Free the port, set connectbot.sandbox.port, or set " + PORTAL_BASE_URL
                    + " to use a portal that is already running.", e);
        }
    }

    /**
     * Closes the sandbox with the bot's context, or when the bot fails to start. A child context
     * of the bot (the management port's) closing does not count.
     */
    static final class StopWithBot implements ApplicationListener<ApplicationEvent> {

        private final RunningSandbox sandbox;

        StopWithBot(RunningSandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationFailedEvent
                    || event instanceof ContextClosedEvent closed && closed.getApplicationContext().getParent() == null) {
                sandbox.close();
            }
        }
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Everything the sandbox's context is told; it sees nothing else of the bot's configuration. */
    static final class SandboxProperties {

        private SandboxProperties() {
        }

        static Map<String, Object> of(ConfigurableEnvironment bot, SandboxSettings settings, int port, int botPort,
                                      String callback) {
            Map<String, Object> properties = new LinkedHashMap<>();
            Binder.get(bot).bind("logging", Bindable.mapOf(String.class, String.class))
                    .ifBound(logging -> logging.forEach((key, value) -> properties.put("logging." + key, value)));
            properties.put("spring.config.name", SandboxLauncher.CONFIG_NAME);
            properties.put("spring.application.name", "portal-sandbox");
            // Spring Session JDBC is on the shared classpath for the bot's web chat; the sandbox
            // keeps its login sessions in memory, with no session table in its database
            properties.put("spring.autoconfigure.exclude", String.join(",", BOT_ONLY_AUTO_CONFIGURATIONS));
            properties.put("server.port", port);
            properties.put("embedded-db.database", "sandbox");
            String dataDirectory = bot.getProperty("embedded-db.data-directory");
            if (StringUtils.hasText(dataDirectory)) {
                properties.put("embedded-db.data-directory", dataDirectory);
            }
            SandboxContract.describe(port, botPort, callback).forEach(properties::put);
            properties.putAll(settings.properties());
            properties.put(CHILD_MARKER, true);
            return properties;
        }
    }
}
