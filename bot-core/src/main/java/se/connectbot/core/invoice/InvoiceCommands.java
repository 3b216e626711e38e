package se.connectbot.core.invoice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.rights.Capability;

/** The {@code invoices} command. */
@Configuration(proxyBeanMethods = false)
class InvoiceCommands {

    @Bean
    Command invoicesCommand(InvoicesHandler handler) {
        return new Command(CommandSpec.personal("invoices", Capability.VIEW_INVOICES, 80,
                "invoices", "invoice", "fakturor", "faktura", "bills", "bill", "räkningar"), handler);
    }
}
