package se.connectbot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    final Formats sv = Formats.of(Language.SV);
    final Formats en = Formats.of(Language.EN);

    @Test
    void formatsMoneyTheSwedishAndTheEnglishWay() {
        assertThat(sv.money(new BigDecimal("1234.5"))).isEqualTo("1 234,50 kr");
        assertThat(en.money(new BigDecimal("1234.5"))).isEqualTo("SEK 1,234.50");
        assertThat(sv.money(new BigDecimal("1234567.125"))).isEqualTo("1 234 567,13 kr");
        assertThat(sv.money(new BigDecimal("-49"))).isEqualTo("-49,00 kr");
        assertThat(en.money(new BigDecimal("-49"))).isEqualTo("SEK -49.00");
    }

    @Test
    void writesDatesTheSameInBothLanguagesAndTimesInStockholm() {
        assertThat(sv.date(LocalDate.of(2026, 11, 25))).isEqualTo("2026-11-25");
        assertThat(en.date(LocalDate.of(2026, 11, 25))).isEqualTo("2026-11-25");
        assertThat(sv.dateTime(Instant.parse("2026-11-25T09:00:00Z"))).isEqualTo("2026-11-25 10:00");
        assertThat(en.dateTime(Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo("2026-07-01 11:00");
    }

    @Test
    void showsDataInMegabytesOrGigabytes() {
        assertThat(sv.data(512)).isEqualTo("512 MB");
        assertThat(sv.data(7373)).isEqualTo("7,2 GB");
        assertThat(en.data(7373)).isEqualTo("7.2 GB");
        assertThat(sv.data(10240)).isEqualTo("10 GB");
    }

    @Test
    void drawsUsageAsATextBar() {
        assertThat(sv.bar(7373, 10240)).isEqualTo("▓▓▓▓▓▓▓░░░ 72 %");
        assertThat(sv.bar(0, 10240)).isEqualTo("░░░░░░░░░░ 0 %");
        assertThat(sv.bar(20480, 10240)).isEqualTo("▓▓▓▓▓▓▓▓▓▓ 200 %");
    }
}
