package se.connectbot.core.linking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Privacy;

/** The commands of account linking. */
@Configuration(proxyBeanMethods = false)
class LinkingCommands {

    @Bean
    Command loginCommand(LoginHandler handler) {
        return new Command(CommandSpec.open("login", Privacy.SECRET, 20,
                "login", "log in", "logga in", "sign in", "signin", "logon", "inloggning"), handler);
    }

    @Bean
    Command logoutCommand(LogoutHandler handler) {
        return new Command(CommandSpec.open("logout", Privacy.SECRET, 30,
                "logout", "log out", "logga ut", "sign out", "signout", "utloggning"), handler);
    }

    @Bean
    Command whoamiCommand(WhoamiHandler handler) {
        return new Command(CommandSpec.open("whoami", Privacy.PERSONAL, 40,
                "whoami", "who am i", "vem är jag", "vemarjag", "me", "jag"), handler);
    }
}
