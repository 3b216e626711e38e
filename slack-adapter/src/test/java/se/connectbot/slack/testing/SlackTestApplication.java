package se.connectbot.slack.testing;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FilesProperties;
import se.connectbot.core.linking.CryptoProperties;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.slack.SlackConfiguration;

/**
 * The adapter as bot-app will run it, with a scripted core instead of the real one (the core's
 * conversation store and file store in memory, its download links real).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SlackConfiguration.class, DownloadLinks.class})
@EnableConfigurationProperties({FilesProperties.class, CryptoProperties.class, LinkingProperties.class})
public class SlackTestApplication {

    @Bean
    MemoryConversations memoryConversations() {
        return new MemoryConversations();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MemoryFileStore fileStore(Clock clock) {
        return new MemoryFileStore(clock);
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
