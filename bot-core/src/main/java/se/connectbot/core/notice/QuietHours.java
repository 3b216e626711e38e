package se.connectbot.core.notice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * When a subscription keeps quiet, in Swedish local time: every night between {@code from} and
 * {@code to} (over midnight when {@code from} is later), and all day on weekends and Swedish
 * public holidays when asked. Notices held back are delivered when it ends; a critical outage
 * may pass through. Immutable.
 *
 * @param from            start of the nightly quiet, or null for none
 * @param to              its end
 */
record QuietHours(@Nullable LocalTime from, @Nullable LocalTime to, boolean weekends, boolean holidays, boolean criticalPasses) {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    QuietHours {
        if ((from == null) != (to == null) || (from != null && from.equals(to))) {
            throw new IllegalArgumentException("quiet hours need both a start and a different end but were " + from + "–" + to);
        }
    }

    boolean isQuiet(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        return quietDay(local.toLocalDate()) || nightly(local.toLocalTime());
    }

    /** The first instant at or after {@code at} that is not quiet (at itself when not quiet). */
    Instant endAfter(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        for (int step = 0; step < 24 * 20 && isQuiet(local.toInstant()); step++) {
            local = next(local);
        }
        return local.toInstant();
    }

    /** The next instant where quiet may end: the nightly end today, or the next midnight. */
    private ZonedDateTime next(ZonedDateTime local) {
        if (!quietDay(local.toLocalDate()) && to != null && local.toLocalTime().isBefore(to)) {
            return local.toLocalDate().atTime(to).atZone(ZONE);
        }
        return local.toLocalDate().plusDays(1).atStartOfDay(ZONE);
    }

    private boolean quietDay(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return (weekends && weekend) || (holidays && SwedishHolidays.isHoliday(date));
    }

    private boolean nightly(LocalTime time) {
        if (from == null || to == null) {
            return false;
        }
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }
}
