package se.connectbot.teams.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.coretesting.AdapterTestWiring;
import se.connectbot.teams.TeamsConfiguration;

/**
 * The adapter as bot-app runs it, with a scripted engine instead of the core's: the core's
 * dispatch, delivery log, accepted work, conversation store, file store and download links are
 * the real ones, in the embedded PostgreSQL.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({TeamsConfiguration.class, AdapterTestWiring.class, Outbound.class})
@ComponentScan(basePackageClasses = ConversationStore.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ConversationStore.class))
@ComponentScan(basePackageClasses = FileStore.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = FileStore.class))
public class TeamsTestApplication {

    /** The owner's file, as the core's FileDownloads hands it out (without the portal rights check, which needs the core). */
    @Bean
    TestConsentedFiles consentedFiles(FileStore files) {
        return new TestConsentedFiles(files);
    }
}
