package se.connectbot.core.invoice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/** The {@code invoices} command. */
@Configuration(proxyBeanMethods = false)
class InvoiceCommands {

    @Bean
    Command invoicesCommand(InvoicesHandler handler) {
        return new Command(CommandSpec.personal("invoices", Capability.VIEW_INVOICES, 80,
                "invoices", "invoice", "fakturor", "faktura", "bills", "bill", "räkningar"), handler);
    }

    /** "vilka fakturor har jag inte betalat?", "any overdue bills?", "faktura 5001001". */
    @Bean
    Intent invoicesIntent() {
        return Intent.of("invoices")
                .cue(3, "faktur*", "invoice*", "rakning*", "bill", "bills", "billing")
                .cue(1, "betal*", "pay*", "paid", "obetal*", "unpaid", "outstanding", "forfall*", "overdue", "pdf")
                .cue(2, "owe", "skyld*", "kvar att betala", "left to pay", "have to pay", "need to pay", "maste ... betal*",
                        "ska ... betal*", "behover ... betal*")
                .choice(Intent.option("overdue", "forfall*", "forsen*", "overdue", "late", "past due", "sena", "for sent", "too late"),
                        Intent.option("unpaid", "obetal*", "unpaid", "inte ... betal*", "ej ... betal*", "not ... paid", "haven t ... paid", "havent ... paid", "didn t ... pay*", "not ... pay*",
                                "outstanding", "open", "oppna", "owe", "skyld*", "kvar att betala", "left to pay", "have to pay",
                                "need to pay", "must pay", "maste ... betal*", "ska ... betal*", "behover ... betal*"),
                        Intent.option("paid", "betalda", "betald", "betalat", "betalade", "paid"))
                .slot(Entity.INVOICE_NUMBER)
                .slot(Entity.PAGE)
                .bonus(Entity.INVOICE_NUMBER, 0.5);
    }
}
