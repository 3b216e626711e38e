package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Quiet hours in Swedish local time, across public holidays (computed) and the changes to and from summer time. */
class QuietHoursTest {

    private static final QuietHours NIGHTS_WEEKENDS_HOLIDAYS = new QuietHours(LocalTime.of(18, 0), LocalTime.of(7, 0), true, true, true);

    @Test
    void computesTheMovingHolidays() {
        assertThat(SwedishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(SwedishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 3))).as("långfredag").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 6))).as("annandag påsk").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärd").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 19))).as("midsommarafton").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 20))).as("midsommardagen").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 10, 31))).as("alla helgons dag").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2027, 11, 6))).as("alla helgons dag 2027").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 6))).as("nationaldagen").isTrue();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 7))).isFalse();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 18))).isFalse();
    }

    @Test
    void aHolidayOnAWeekdayStaysQuietAllDayAndEndsTheNextMorning() {
        Instant thursdayAscension = local(2026, 5, 14, 12, 0); // Kristi himmelsfärdsdag, a Thursday
        assertThat(NIGHTS_WEEKENDS_HOLIDAYS.isQuiet(thursdayAscension)).isTrue();
        assertThat(NIGHTS_WEEKENDS_HOLIDAYS.endAfter(thursdayAscension)).isEqualTo(local(2026, 5, 15, 7, 0));
        QuietHours nightsOnly = new QuietHours(LocalTime.of(18, 0), LocalTime.of(7, 0), false, false, false);
        assertThat(nightsOnly.isQuiet(thursdayAscension)).isFalse();
    }

    @Test
    void easterFromThursdayEveningIsOneQuietStretchUntilTuesdayMorning() {
        Instant maundyThursdayEvening = local(2026, 4, 2, 19, 30);
        assertThat(NIGHTS_WEEKENDS_HOLIDAYS.endAfter(maundyThursdayEvening)).isEqualTo(local(2026, 4, 7, 7, 0));
    }

    @Test
    void theNightOfTheSpringChangeEndsAtSevenSummerTime() {
        QuietHours nights = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), false, false, false);
        Instant saturdayNight = local(2026, 3, 28, 23, 0); // clocks go 02:00 -> 03:00 on Sunday 29 March
        Instant end = nights.endAfter(saturdayNight);
        assertThat(end).isEqualTo(local(2026, 3, 29, 7, 0));
        assertThat(java.time.Duration.between(saturdayNight, end)).hasHours(7); // eight on the wall clock, seven in fact
        assertThat(nights.isQuiet(Instant.parse("2026-03-29T01:30:00Z"))).as("03:30 summer time").isTrue();
    }

    @Test
    void theNightOfTheAutumnChangeIsAnHourLonger() {
        QuietHours nights = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), false, false, false);
        Instant saturdayNight = local(2026, 10, 24, 23, 0); // clocks go 03:00 -> 02:00 on Sunday 25 October
        assertThat(java.time.Duration.between(saturdayNight, nights.endAfter(saturdayNight))).hasHours(9);
    }

    @Test
    void aDaytimeWindowAndNoQuietAtAll() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 0), LocalTime.of(13, 0), false, false, false);
        assertThat(lunch.isQuiet(local(2026, 11, 25, 12, 0))).isTrue();
        assertThat(lunch.isQuiet(local(2026, 11, 25, 13, 0))).isFalse();
        Instant now = local(2026, 11, 25, 14, 0);
        assertThat(lunch.endAfter(now)).isEqualTo(now);
    }

    @Test
    void refusesAWindowWithoutEnd() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(18, 0), null, false, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18:00");
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(QuietHours.ZONE).toInstant();
    }
}
