package se.connectbot.core.status;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.rights.Capability;

/** The {@code status} command. */
@Configuration(proxyBeanMethods = false)
class StatusCommands {

    @Bean
    Command statusCommand(StatusHandler handler) {
        return new Command(CommandSpec.personal("status", Capability.VIEW_SERVICES, 60,
                "status", "tjänst", "tjänster", "service", "services", "läge"), handler);
    }
}
