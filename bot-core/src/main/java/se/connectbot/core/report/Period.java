package se.connectbot.core.report;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A report's period, {@code from} inclusive to {@code until} exclusive, as people type it:
 * {@code 2026}, {@code 2026-11}, {@code 2026-11-05}, or a range of those
 * ({@code 2026-01..2026-06}, {@code 2026-01--2026-06}, {@code 2026-01–2026-06}). Immutable.
 */
record Period(LocalDate from, LocalDate until) {

    private static final Pattern RANGE = Pattern.compile("\\.\\.|--|–|—");

    Period {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a period must start before it ends but was " + from + " to " + until);
        }
    }

    /** Whether {@code word} was meant as a period (it starts with a digit), well-formed or not. */
    static boolean looksLike(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    static Optional<Period> parse(String text) {
        String[] ends = RANGE.split(text.strip(), -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        Optional<Period> first = single(ends[0]);
        if (ends.length == 1 || first.isEmpty()) {
            return first;
        }
        Optional<Period> last = single(ends[1]);
        return last.filter(l -> first.get().from().isBefore(l.until())).map(l -> new Period(first.get().from(), l.until()));
    }

    private static Optional<Period> single(String text) {
        try {
            return switch (text.length()) {
                case 4 -> Optional.of(Year.parse(text)).map(y -> new Period(y.atDay(1), y.plusYears(1).atDay(1)));
                case 7 -> Optional.of(YearMonth.parse(text)).map(m -> new Period(m.atDay(1), m.plusMonths(1).atDay(1)));
                case 10 -> Optional.of(LocalDate.parse(text)).map(d -> new Period(d, d.plusDays(1)));
                default -> Optional.empty();
            };
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }

    /** As a command text writes it ({@code 2026-01-01..2026-06-30}), parsing back to the same period. */
    String text() {
        return from + ".." + until.minusDays(1);
    }
}
