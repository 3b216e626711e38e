package se.connectbot.app.sandbox;

import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox portal running in this process, registered as a bean in the bot's context so that
 * health checks and tests can find it. Closed together with the bot's context.
 *
 * @param baseUrl where the sandbox answers, e.g. {@code http://localhost:8081}
 */
public record RunningSandbox(URI baseUrl, int port, ConfigurableApplicationContext context) implements AutoCloseable {

    @Override
    public void close() {
        context.close();
    }
}
