package se.connectbot.core.order;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/** The {@code orders} command. */
@Configuration(proxyBeanMethods = false)
class OrderCommands {

    @Bean
    Command ordersCommand(OrdersHandler handler) {
        return new Command(CommandSpec.personal("orders", Capability.VIEW_ORDERS, 90,
                "orders", "order", "beställningar", "beställning", "ordrar"), handler);
    }

    /** "när kommer min beställning?", "where is my order". */
    @Bean
    Intent ordersIntent() {
        return Intent.of("orders")
                .cue(3, "bestallning*", "orders", "ordrar", "ordern", "my order", "min order", "leverans*", "deliver*", "levereras",
                        "levererad", "order status", "orderstatus")
                .cue(2, "order", "beställt", "bestallt", "ordered", "pagaende", "ongoing", "pending");
    }
}
