package se.connectbot.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.connectbot.portal.api.ServiceDetail;

class MobileUsageTest {

    private static final List<Long> TREND = LongStream.rangeClosed(1, 12).boxed().toList();

    private static ServiceRepository.MobileRow row(LocalDate topUpMonth) {
        return new ServiceRepository.MobileRow("Maria Nilsson", "Jobbmobil 5 GB", "8946010000000000000", 5120L,
                LocalDate.of(2026, 11, 1), 12, 30, 4, 1, TREND, List.of(), List.of(), 1024, topUpMonth);
    }

    @Test
    void countsThisMonthsUseAndTopUps() {
        ServiceDetail.Mobile mobile = MobileUsage.read("+46701234567", row(LocalDate.of(2026, 11, 1)), YearMonth.of(2026, 11));

        assertThat(mobile.usage().dataUsedMb()).isEqualTo(12);
        assertThat(mobile.usage().dataAllowanceMb()).isEqualTo(5120 + 1024);
        assertThat(mobile.trend().get(11)).isEqualTo(new ServiceDetail.MonthlyUsage(YearMonth.of(2026, 11), 12));
        assertThat(mobile.trend().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void startsANewMonthFromZeroAndMovesTheTrendAlong() {
        ServiceDetail.Mobile mobile = MobileUsage.read("+46701234567", row(LocalDate.of(2026, 11, 1)), YearMonth.of(2027, 1));

        assertThat(mobile.usage().dataUsedMb()).isZero();
        assertThat(mobile.usage().callMinutes()).isZero();
        assertThat(mobile.usage().dataAllowanceMb()).isEqualTo(5120);
        assertThat(mobile.trend()).hasSize(12);
        assertThat(mobile.trend().get(11)).isEqualTo(new ServiceDetail.MonthlyUsage(YearMonth.of(2027, 1), 0));
        assertThat(mobile.trend().get(9)).isEqualTo(new ServiceDetail.MonthlyUsage(YearMonth.of(2026, 11), 12));
        assertThat(mobile.trend().get(0)).isEqualTo(new ServiceDetail.MonthlyUsage(YearMonth.of(2026, 2), 3));
    }
}
