package se.connectbot.app.sandbox;

import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the in-process sandbox portal runs, bound from {@code connectbot.sandbox.*}. Only used when
 * no {@code connectbot.portal.base-url} is configured.
 *
 * @param enabled    false to never start it (then a portal URL must be configured)
 * @param port       its HTTP port; 0 picks a free one at start-up
 * @param properties extra Spring properties for the sandbox's own context, which sees nothing
 *                   else of the bot's configuration (e.g. {@code [sandbox.demo.size]: large})
 */
record SandboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8081") int port,
        Map<String, String> properties) {

    SandboxSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("connectbot.sandbox.port must be 0..65535 but was " + port);
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
