package se.connectbot.core.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Privacy;

/** The {@code language} command. */
@Configuration(proxyBeanMethods = false)
class LanguageCommands {

    @Bean
    Command languageCommand(LanguageHandler handler) {
        return new Command(CommandSpec.open("language", Privacy.PERSONAL, 140,
                "language", "språk", "lang", "sprache"), handler);
    }
}
