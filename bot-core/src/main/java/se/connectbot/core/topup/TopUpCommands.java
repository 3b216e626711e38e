package se.connectbot.core.topup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.rights.Capability;

/** The {@code topup} command. */
@Configuration(proxyBeanMethods = false)
class TopUpCommands {

    @Bean
    Command topUpCommand(TopUpHandler handler) {
        return new Command(CommandSpec.personal("topup", Capability.TOP_UP, 100,
                "topup", "top-up", "top up", "fyll på", "fyllpa", "påfyllning", "tanka", "extra data", "mer data", "more data"), handler);
    }
}
