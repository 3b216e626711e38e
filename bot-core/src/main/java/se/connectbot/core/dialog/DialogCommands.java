package se.connectbot.core.dialog;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
import se.connectbot.core.command.Privacy;

/** {@code cancel}/{@code avbryt} and {@code back}/{@code tillbaka}, which work at every step of a dialog. */
@Configuration(proxyBeanMethods = false)
public class DialogCommands {

    /** The commands that steer a dialog rather than answer it. */
    public static final Set<String> CONTROLS = Set.of("cancel", "back");

    @Bean
    Command cancelCommand(Dialogs dialogs) {
        return new Command(CommandSpec.open("cancel", Privacy.PERSONAL, -1,
                "cancel", "avbryt", "stop", "stopp", "abort", "quit", "sluta"), dialogs::cancel);
    }

    @Bean
    Command backCommand(Dialogs dialogs) {
        return new Command(CommandSpec.open("back", Privacy.PERSONAL, -1,
                "back", "tillbaka", "bakåt", "go back", "gå tillbaka", "previous", "föregående"), dialogs::back);
    }

    /** "jag vill avbryta", "never mind". */
    @Bean
    Intent cancelIntent() {
        return Intent.of("cancel")
                .cue(3, "avbryt*", "cancel*", "glom det", "strunta i det", "never mind", "nevermind", "forget it", "stop");
    }
}
