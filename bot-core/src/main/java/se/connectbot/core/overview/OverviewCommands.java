package se.connectbot.core.overview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.rights.Capability;

/** The {@code overview} command. */
@Configuration(proxyBeanMethods = false)
class OverviewCommands {

    @Bean
    Command overviewCommand(OverviewHandler handler) {
        return new Command(CommandSpec.personal("overview", Capability.VIEW_OVERVIEW, 50,
                "overview", "översikt", "dashboard", "start", "startsida", "startsidan", "summary", "sammanfattning"), handler);
    }
}
