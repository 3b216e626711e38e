package se.connectbot.slack.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.core.crypto.CryptoProperties;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.slack.SlackConfiguration;

/** The adapter as bot-app will run it, with a scripted core instead of the real one. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SlackConfiguration.class)
@EnableConfigurationProperties(CryptoProperties.class)
public class SlackTestApplication {

    /** The core's cipher, as bot-app has it from the core's wiring. */
    @Bean
    TokenCipher tokenCipher(CryptoProperties properties) {
        return new TokenCipher(properties);
    }

    @Bean
    ScriptedEngine scriptedEngine() {
        return new ScriptedEngine();
    }
}
