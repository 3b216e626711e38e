package se.connectbot.slack.testing;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.slack.SlackConfiguration;

/** The adapter as bot-app will run it, with a scripted core (and the core's conversation store in memory) instead of the real one. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SlackConfiguration.class)
public class SlackTestApplication {

    @Bean
    MemoryConversations memoryConversations() {
        return new MemoryConversations();
    }

    @Bean
    ScriptedEngine scriptedEngine() {
        return new ScriptedEngine();
    }

    /** The core's tables too (bot-app has them): the response_url budget's lives there. */
    @Bean
    FlywayConfigurationCustomizer coreMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location(CoreConfiguration.MIGRATIONS));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
