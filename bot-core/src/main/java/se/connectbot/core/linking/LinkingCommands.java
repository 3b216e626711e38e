package se.connectbot.core.linking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
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

    /** "hur loggar jag in?", "I want to sign in". */
    @Bean
    Intent loginIntent() {
        return Intent.of("login")
                .cue(4, "logga in", "logga* ... in", "log in", "sign ... in", "login", "sign in", "signin", "inloggning*", "koppla mitt konto",
                        "link my account", "connect my account", "logon", "log on");
    }

    @Bean
    Intent logoutIntent() {
        return Intent.of("logout")
                .cue(4, "logga ut", "logga* ... ut", "log out", "sign ... out", "log ... out", "logout", "sign out", "signout", "utloggning", "koppla bort", "unlink",
                        "disconnect");
    }

    /** "vem är jag inloggad som?", "what rights do I have?". */
    @Bean
    Intent whoamiIntent() {
        return Intent.of("whoami")
                .cue(4, "vem ar jag", "who am i", "inloggad som", "logged in as", "signed in as", "mina rattigheter", "my rights",
                        "vilka rattigheter", "what rights", "behorighet*", "permission*", "mitt konto", "my account", "vilket konto",
                        "which account");
    }
}
