package se.connectbot.core.status;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/** The {@code status} command. */
@Configuration(proxyBeanMethods = false)
class StatusCommands {

    @Bean
    Command statusCommand(StatusHandler handler) {
        return new Command(CommandSpec.personal("status", Capability.VIEW_SERVICES, 60,
                "status", "tjänst", "tjänster", "service", "services", "läge"), handler);
    }

    /** "hur mycket data har jag kvar på 070-123 45 67?", "is my broadband up?", "0701234567". */
    @Bean
    Intent statusIntent() {
        return Intent.of("status")
                .cue(3, "status", "statusen", "lage", "laget", "how is", "hur gar det for", "hur mar")
                .cue(2, "tjanst*", "service", "services", "abonnemang*", "subscription*", "bredband*", "broadband", "uppkoppling*",
                        "connection", "mobilabonnemang*", "mitt nummer", "my number", "sim*", "forbruk*", "usage", "anvant", "used")
                .cue(2, "kvar", "left", "remaining", "hur mycket data", "how much data", "datamangd*", "surfmangd*")
                .cue(1, "data", "surf*", "mobil*", "nummer", "number", "telefon*", "phone")
                .slot(Entity.PHONE)
                .bonus(Entity.PHONE, 2.5);
    }
}
