package se.connectbot.discord.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.coretesting.AdapterTestWiring;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.discord.DiscordConfiguration;

/**
 * The adapter as bot-app runs it, with a scripted core: the core's dispatch (claims, accepted
 * work), cipher, download links and schema are real, on embedded PostgreSQL; the engine, the
 * language rule and the file store are test doubles.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({DiscordConfiguration.class, AdapterTestWiring.class, ParkedForms.class})
public class DiscordTestApplication {

    @Bean
    MemoryFileStore fileStore(Clock clock) {
        return new MemoryFileStore(clock);
    }
}
