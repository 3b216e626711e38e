package se.connectbot.core.overview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/** The {@code overview} command. */
@Configuration(proxyBeanMethods = false)
class OverviewCommands {

    @Bean
    Command overviewCommand(OverviewHandler handler) {
        return new Command(CommandSpec.personal("overview", Capability.VIEW_OVERVIEW, 50,
                "overview", "översikt", "dashboard", "start", "startsida", "startsidan", "summary", "sammanfattning"), handler);
    }

    /** "visa en översikt", "how are things looking?". */
    @Bean
    Intent overviewIntent() {
        return Intent.of("overview")
                .cue(3, "oversikt*", "overblick*", "overview", "dashboard", "startsida*", "sammanfattning*", "summary", "sammanstallning*")
                .cue(2, "hur ser det ut", "how are things", "how does it look", "allt i korthet", "at a glance", "status pa allt");
    }
}
