package se.connectbot.core.outage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
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

    /** "ligger nätet nere i Göteborg?", "is anything down?", "störningar på 4G". */
    @Bean
    Intent outagesIntent() {
        return Intent.of("outages")
                .cue(3, "drift*", "storning*", "nere", "down", "outage*", "disruption*", "avbrott*", "disturbance*", "driftinfo*")
                .cue(1.5, "nat", "natet", "natverk*", "network", "tackning*", "coverage", "mobilnat*", "fibernat*", "internet", "signal*")
                .cue(1, "problem*", "issue*", "fel", "fungerar*", "funkar", "working", "work", "works", "dalig*", "bad", "poor", "slow",
                        "langsam*", "kanda fel", "known issues")
                .cue(2, "ligger nere", "is down", "are down", "went down", "gick ner", "legat nere")
                .slot(Entity.NETWORK, Entity.POSTCODE, Entity.PLACE)
                .bonus(Entity.NETWORK, 1);
    }
}
