package se.connectbot.slack.testing;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FilesProperties;
import se.connectbot.core.linking.CryptoProperties;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.slack.SlackConfiguration;

/** The adapter as bot-app will run it, with a scripted core instead of the real one (its file store in memory, its download links real). */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SlackConfiguration.class, DownloadLinks.class})
@EnableConfigurationProperties({FilesProperties.class, CryptoProperties.class, LinkingProperties.class})
public class SlackTestApplication {

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
}
