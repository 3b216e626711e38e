package se.connectbot.discord.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
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
import se.connectbot.discord.DiscordConfiguration;

/**
 * The adapter as bot-app runs it, with a scripted core: the core's dispatch (claims, accepted
 * work), cipher, download links and schema are real, on embedded PostgreSQL; the engine, the
 * language rule and the file store are test doubles.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({DiscordConfiguration.class, DispatchWiring.class, DownloadLinks.class, ParkedForms.class})
@EnableConfigurationProperties({FilesProperties.class, CryptoProperties.class, LinkingProperties.class})
public class DiscordTestApplication {

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

    @Bean
    TokenCipher tokenCipher(CryptoProperties properties) {
        return new TokenCipher(properties);
    }

    @Bean
    FlywayConfigurationCustomizer coreSchema() {
        return CoreConfiguration.alsoMigrate(CoreConfiguration.MIGRATIONS);
    }
}
