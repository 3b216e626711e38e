package se.connectbot.core.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
import se.connectbot.core.rights.Capability;

/**
 * The {@code report} and {@code usage} commands. "förbrukning" is both a report kind and the
 * usage chart's keyword: typed after {@code rapport} it is the kind (the keyword decides the
 * command); in a sentence the report's cues weigh more than the usage's, and a phone number
 * points at the chart.
 */
@Configuration(proxyBeanMethods = false)
class ReportCommands {

    @Bean
    Command reportCommand(ReportHandler handler) {
        return new Command(CommandSpec.personal("report", Capability.VIEW_REPORTS, 110,
                "report", "reports", "rapport", "rapporter", "excel", "export"), handler);
    }

    @Bean
    Command usageCommand(UsageHandler handler) {
        return new Command(CommandSpec.personal("usage", Capability.VIEW_SERVICES, 65,
                "usage", "förbrukning", "dataförbrukning", "användning"), handler);
    }

    /** "kan jag få fakturorna i excel?", "export the services to a spreadsheet", "rapport över ärendena". */
    @Bean
    Intent reportIntent() {
        return Intent.of("report")
                .cue(4, "rapport*", "excel*", "exporter*", "export", "xlsx", "kalkylark*", "spreadsheet*")
                // not "report" alone: "report a fault" is a ticket; with a kind after it, it is a report
                .cue(3, "reports", "report ... faktur*", "report ... invoice*", "report ... ticket*", "report ... arende*",
                        "report ... service*", "report ... tjanst*", "report ... usage", "report ... forbruk*")
                .cue(1.5, "report on", "report of", "report for", "report about", "report with", "a report", "the report")
                .choice(Intent.option("invoices", "faktur*", "invoice*", "bills"),
                        Intent.option("tickets", "arende*", "ticket*"),
                        Intent.option("usage", "forbruk*", "usage", "dataanvandning"),
                        Intent.option("services", "tjanst*", "services", "abonnemang*"));
    }

    /** "förbrukning 070-123 45 67", "show the usage chart for 0701234567", "hur har dataförbrukningen varit per månad". */
    @Bean
    Intent usageIntent() {
        return Intent.of("usage")
                .cue(4, "forbrukning*", "dataforbrukning*", "usage", "anvandning*", "dataanvandning*", "data use")
                .cue(2, "graf*", "diagram*", "chart*", "per manad", "per month", "manad for manad", "month by month",
                        "senaste 12", "last 12", "trend*", "historik*", "history")
                .slot(Entity.PHONE)
                .bonus(Entity.PHONE, 1);
    }
}
