package se.connectbot.slack.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.crypto.CryptoProperties;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.dispatch.DispatchWiring;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FilesProperties;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.coretesting.ChosenLanguages;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.coretesting.ScriptedEngine;
import se.connectbot.slack.SlackConfiguration;

/**
 * The adapter as bot-app will run it, with a scripted core instead of the real one: the core's
 * dispatch, cipher, download links and schema are real; the engine, the language choice, the
 * conversation store and the file store are test doubles (the last two in memory).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SlackConfiguration.class, DispatchWiring.class, DownloadLinks.class, ParkedForms.class})
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

    @Bean
    ChosenLanguages chosenLanguages() {
        return new ChosenLanguages();
    }

    /** The core's cipher, as bot-app has it from the core's wiring. */
    @Bean
    TokenCipher tokenCipher(CryptoProperties properties) {
        return new TokenCipher(properties);
    }

    /** The core's schema (its delivery log, the response_url budget among it), as bot-app has it from the core's wiring. */
    @Bean
    FlywayConfigurationCustomizer coreSchema() {
        return CoreConfiguration.alsoMigrate(CoreConfiguration.MIGRATIONS);
    }
}
