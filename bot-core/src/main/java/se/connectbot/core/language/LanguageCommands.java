package se.connectbot.core.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
import se.connectbot.core.command.Privacy;

/** The {@code language} command. */
@Configuration(proxyBeanMethods = false)
class LanguageCommands {

    @Bean
    Command languageCommand(LanguageHandler handler) {
        return new Command(CommandSpec.open("language", Privacy.PERSONAL, 140,
                "language", "språk", "lang", "sprache"), handler);
    }

    /** "kan du prata engelska?", "svara på svenska", "in English please". */
    @Bean
    Intent languageIntent() {
        return Intent.of("language")
                .cue(3, "sprak*", "language", "byt sprak", "change language", "switch language")
                .cue(2, "engelska", "english", "svenska", "swedish", "pa engelska", "in english", "pa svenska", "in swedish")
                .cue(1, "prata", "pratar", "tala", "talar", "speak", "svara", "answer", "write", "skriv")
                .choice(Intent.option("en", "engelska", "english", "engelsk"), Intent.option("sv", "svenska", "swedish", "svensk"));
    }
}
