package se.connectbot.core.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Sweden's public holidays (allmänna helgdagar, lag 1989:253), computed for any year: the fixed
 * ones, those that follow Easter, midsommardagen (the Saturday 20–26 June) and alla helgons dag
 * (the Saturday 31 October – 6 November); midsommarafton, julafton and nyårsafton too, since
 * almost every workplace is closed then. Stateless.
 */
final class SwedishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1), MonthDay.of(6, 6),
            MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

    private SwedishHolidays() {
    }

    static boolean isHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        for (int offset : new int[] {-2, 0, 1, 39, 49}) { // långfredag, påsk, annandag påsk, Kristi himmelsfärd, pingst
            if (date.equals(easter.plusDays(offset))) {
                return true;
            }
        }
        LocalDate midsommar = LocalDate.of(date.getYear(), 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allaHelgon = LocalDate.of(date.getYear(), 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return date.equals(midsommar) || date.equals(midsommar.minusDays(1)) || date.equals(allaHelgon);
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
