package se.connectbot.teams.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.crypto.CryptoProperties;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.dispatch.DispatchWiring;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.FilesProperties;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.coretesting.ChosenLanguages;
import se.connectbot.coretesting.ScriptedEngine;
import se.connectbot.teams.TeamsConfiguration;
import se.connectbot.teams.bot.ConsentedFiles;

/**
 * The adapter as bot-app runs it, with a scripted engine instead of the core's: the core's
 * dispatch, delivery log, accepted work, conversation store, file store and download links are
 * the real ones, in the embedded PostgreSQL.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({TeamsConfiguration.class, DispatchWiring.class, DownloadLinks.class, Outbound.class})
@ComponentScan(basePackageClasses = ConversationStore.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ConversationStore.class))
@ComponentScan(basePackageClasses = FileStore.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = FileStore.class))
@EnableConfigurationProperties({FilesProperties.class, CryptoProperties.class, LinkingProperties.class})
public class TeamsTestApplication {

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

    /** The owner's file, as the core's FileDownloads hands it out (without the portal rights check, which needs the core). */
    @Bean
    TestConsentedFiles consentedFiles(FileStore files) {
        return new TestConsentedFiles(files);
    }

    @Bean
    FlywayConfigurationCustomizer coreSchema() {
        return CoreConfiguration.alsoMigrate(CoreConfiguration.MIGRATIONS);
    }
}
