package se.connectbot.core.topup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/** The {@code topup} command. */
@Configuration(proxyBeanMethods = false)
class TopUpCommands {

    @Bean
    Command topUpCommand(TopUpHandler handler) {
        return new Command(CommandSpec.personal("topup", Capability.TOP_UP, 100,
                "topup", "top-up", "top up", "fyll på", "fyllpa", "påfyllning", "tanka", "extra data", "mer data", "more data"), handler);
    }

    /** "jag vill köpa mer data till 070-123 45 67", "buy 5 GB extra", "datan är slut". */
    @Bean
    Intent topUpIntent() {
        return Intent.of("topup")
                .cue(4, "fyll* pa", "fyll* pa data", "pafyllning*", "top up", "topup", "fyllpa", "topping up", "tanka", "tanka data")
                .cue(3, "mer data", "more data", "extra data", "extra surf", "mer surf", "extra gb", "more gb", "datapaket*", "data package*",
                        "slut pa data", "data ar slut", "datan ar slut", "surfen ar slut", "out of data", "ran out", "run out", "runs out")
                .cue(2, "kopa", "kop", "koper", "kopt", "buy", "buying", "purchase", "bestalla", "bestall", "bestaller", "add", "lagga till")
                .cue(1, "data", "surf*", "extra", "order")
                .slot(Entity.PHONE)
                .slot(Entity.DATA_SIZE)
                .bonus(Entity.DATA_SIZE, 2)
                .bonus(Entity.PHONE, 0.5);
    }
}
