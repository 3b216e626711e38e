package se.connectbot.slack.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.coretesting.AdapterTestWiring;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.slack.SlackConfiguration;

/**
 * The adapter as bot-app will run it, with a scripted core instead of the real one: the core's
 * dispatch, cipher, download links and schema are real; the engine, the language choice, the
 * conversation store and the file store are test doubles (the last two in memory).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SlackConfiguration.class, AdapterTestWiring.class, ParkedForms.class})
public class SlackTestApplication {

    @Bean
    MemoryConversations memoryConversations() {
        return new MemoryConversations();
    }

    @Bean
    MemoryFileStore fileStore(Clock clock) {
        return new MemoryFileStore(clock);
    }
}
