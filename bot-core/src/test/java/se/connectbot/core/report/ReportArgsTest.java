package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.connectbot.core.command.Args;
import se.connectbot.portal.api.ReportKind;

/** How the report command reads its words: kind first, a period by its digits, "alla"/"allt", the rest an account. */
class ReportArgsTest {

    @Test
    void readsKindAccountAndPeriodInEitherLanguage() {
        ReportArgs sv = ReportArgs.parse(Args.of("fakturorna Region Väst 2026-01..2026-06"));
        assertThat(sv.kind()).isEqualTo(ReportKind.INVOICES);
        assertThat(sv.account()).isEqualTo("Region Väst");
        assertThat(sv.period()).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)));
        ReportArgs en = ReportArgs.parse(Args.of("on the usage all everything"));
        assertThat(en.kind()).isEqualTo(ReportKind.MOBILE_USAGE);
        assertThat(en.allAccounts()).isTrue();
        assertThat(en.periodGiven()).isTrue();
        assertThat(en.period()).isNull();
    }

    @Test
    void tellsAnUnknownKindAndAPeriodItCannotRead() {
        assertThat(ReportArgs.parse(Args.of("fktura")).unknownKind()).isEqualTo("fktura");
        assertThat(ReportArgs.parse(Args.of("fakturr")).kind()).as("a word that begins as a kind is one").isEqualTo(ReportKind.INVOICES);
        ReportArgs bad = ReportArgs.parse(Args.of("ärenden alla 2026-13"));
        assertThat(bad.kind()).isEqualTo(ReportKind.TICKETS);
        assertThat(bad.badPeriod()).isEqualTo("2026-13");
        assertThat(ReportArgs.parse(Args.of("tjänster alla 2026-06..2026-01")).badPeriod()).as("a range ending before it starts")
                .isEqualTo("2026-06..2026-01");
    }

    @Test
    void periodsRoundTripThroughTheCommandTheButtonsSend() {
        for (String typed : new String[] {"2026", "2026-11", "2026-11-05", "2025-12--2026-02", "2026-01–2026-03-15"}) {
            Period period = Period.parse(typed).orElseThrow();
            assertThat(Period.parse(period.text())).hasValue(period);
            ReportArgs again = ReportArgs.parse(Args.of(ReportArgs.command(ReportKind.SERVICES, "Göteborg", period, true).substring("report ".length())));
            assertThat(again.period()).isEqualTo(period);
            assertThat(again.account()).isEqualTo("Göteborg");
        }
        assertThat(Period.parse("2026-11").orElseThrow().contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(Period.parse("2026-11").orElseThrow().contains(LocalDate.of(2026, 12, 1))).isFalse();
    }
}
