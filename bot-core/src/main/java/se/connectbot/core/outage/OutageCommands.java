package se.connectbot.core.outage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Privacy;

/** The {@code outages} command. */
@Configuration(proxyBeanMethods = false)
class OutageCommands {

    @Bean
    Command outagesCommand(OutagesHandler handler) {
        return new Command(CommandSpec.open("outages", Privacy.PUBLIC, 70,
                "outages", "outage", "drift", "driftstörningar", "driftstörning", "driftinfo", "driftinformation",
                "störningar", "störning", "disruptions"), handler);
    }
}
