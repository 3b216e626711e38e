package se.connectbot.core.ticket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
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

    /** "jag vill anmäla ett fel", "open a support case", "kontakta kundtjänst". */
    @Bean
    Intent ticketIntent() {
        return Intent.of("ticket")
                .cue(3, "nytt arende", "skapa ett arende", "skapa arende", "oppna ett arende", "new ticket", "create a ticket", "open a ticket",
                        "raise a ticket", "new case", "open a case", "felanmal*", "anmala ett fel", "anmala fel", "report a fault",
                        "report a problem", "report an issue", "kundtjanst", "customer service", "support", "contact", "kontakta")
                .cue(2, "arende", "ticket", "case", "anmal*", "report", "klagomal", "complaint")
                .cue(1, "problem*", "fel", "trasig*", "broken", "fungerar inte", "funkar inte", "not working", "hjalp med", "help with",
                        "skapa", "create", "new", "ny", "nytt", "doesn t work", "does not work", "isn t working")
                .cue(1, "internet", "telefon*", "phone", "bredband*", "uppkoppling*", "wifi", "router*", "vaxel*", "switchboard");
    }

    /** "visa mina ärenden", "what happened to my ticket?", "ARD-2026-000042". */
    @Bean
    Intent ticketsIntent() {
        return Intent.of("tickets")
                .cue(3, "arenden*", "mina arenden", "tickets", "my tickets", "cases", "my cases", "arendet", "the ticket", "my ticket",
                        "mitt arende")
                .cue(1, "status", "hur gar det", "what happened", "vad hande", "any news", "nytt om", "visa", "show", "list*", "lista")
                .choice(Intent.option("all", "alla", "all", "avslutade", "closed", "gamla", "old", "stangda", "historik", "history"))
                .slot(Entity.TICKET_NUMBER)
                .bonus(Entity.TICKET_NUMBER, 2);
    }

    /** "jag vill svara på ärendet ARD-2026-000042". */
    @Bean
    Intent replyIntent() {
        return Intent.of("reply")
                .cue(3, "svara", "svara pa", "reply", "respond", "answer", "skriva till support", "write back")
                .cue(1, "svar", "meddelande", "message", "komplettera", "add a comment", "kommentar*")
                .slot(Entity.TICKET_NUMBER)
                .bonus(Entity.TICKET_NUMBER, 1.5);
    }
}
