package se.connectbot.core.ticket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.rights.Capability;

/** The ticket commands: new ticket, the list and a reply. */
@Configuration(proxyBeanMethods = false)
class TicketCommands {

    @Bean
    Command ticketCommand(TicketHandler handler) {
        return new Command(CommandSpec.personal("ticket", Capability.HANDLE_TICKETS, 110,
                "ticket", "new ticket", "ärende", "nytt ärende", "felanmälan", "support", "case", "new case"), handler);
    }

    @Bean
    Command ticketsCommand(TicketsHandler handler) {
        return new Command(CommandSpec.personal("tickets", Capability.HANDLE_TICKETS, 120,
                "tickets", "ärenden", "my tickets", "mina ärenden", "cases"), handler);
    }

    @Bean
    Command replyCommand(ReplyHandler handler) {
        return new Command(CommandSpec.personal("reply", Capability.HANDLE_TICKETS, 130,
                "reply", "svara", "answer", "svar", "reply to ticket", "svara på ärende"), handler);
    }
}
