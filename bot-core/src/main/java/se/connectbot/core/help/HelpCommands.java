package se.connectbot.core.help;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Privacy;

/** The {@code help} command. */
@Configuration(proxyBeanMethods = false)
class HelpCommands {

    @Bean
    Command helpCommand(HelpHandler handler) {
        return new Command(CommandSpec.open("help", Privacy.PERSONAL, 10,
                "help", "hjälp", "?", "commands", "kommandon", "meny", "menu", "hej", "hello", "hi"), handler);
    }
}
