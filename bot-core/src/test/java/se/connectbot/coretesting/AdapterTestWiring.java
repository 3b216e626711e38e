package se.connectbot.coretesting;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.crypto.CryptoProperties;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.dispatch.DispatchWiring;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FilesProperties;
import se.connectbot.core.linking.LinkingProperties;

/**
 * What every adapter's test application has of the core, as bot-app has it from the core's
 * wiring: the real dispatch, cipher, download links and schema (in the embedded PostgreSQL), with
 * a {@link ScriptedEngine} for the engine and {@link ChosenLanguages} for the language choice.
 * An adapter's test application imports this and adds its own configuration and file store.
 */
@Configuration(proxyBeanMethods = false)
@Import({DispatchWiring.class, DownloadLinks.class})
@EnableConfigurationProperties({FilesProperties.class, CryptoProperties.class, LinkingProperties.class})
public class AdapterTestWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ScriptedEngine scriptedEngine() {
        return new ScriptedEngine();
    }

    /** The platform's locale decides unless a test chooses a language for a user. */
    @Bean
    ChosenLanguages chosenLanguages() {
        return new ChosenLanguages();
    }

    @Bean
    TokenCipher tokenCipher(CryptoProperties properties) {
        return new TokenCipher(properties);
    }

    /** The core's schema (its delivery log among it). */
    @Bean
    FlywayConfigurationCustomizer coreSchema() {
        return CoreConfiguration.alsoMigrate(CoreConfiguration.MIGRATIONS);
    }
}
