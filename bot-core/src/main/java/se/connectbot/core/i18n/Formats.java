package se.connectbot.core.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money, dates and data amounts as people read them: {@code 1 234,50 kr} in Swedish,
 * {@code SEK 1,234.50} in English; dates {@code 2026-11-25} in both; times in Europe/Stockholm.
 * Thread-safe (each call makes its own {@link DecimalFormat}, which is not).
 */
public final class Formats {

    /** The time zone of the portal's customers. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int BAR_WIDTH = 10;

    private final Language language;

    private Formats(Language language) {
        this.language = language;
    }

    public static Formats of(Language language) {
        return new Formats(language);
    }

    public String money(BigDecimal amount) {
        String number = decimal(amount.abs(), 2);
        String sign = amount.signum() < 0 ? "-" : "";
        return language == Language.SV ? sign + number + " kr" : "SEK " + sign + number;
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A data amount: MB below 1 GB, else GB with one decimal ({@code 7,5 GB}); 1 GB = 1024 MB. */
    public String data(long megabytes) {
        if (megabytes < 1024) {
            return megabytes + " MB";
        }
        BigDecimal gb = BigDecimal.valueOf(megabytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP);
        return decimal(gb, gb.stripTrailingZeros().scale() > 0 ? 1 : 0) + " GB";
    }

    /** A whole number with the language's grouping ({@code 12 345} / {@code 12,345}). */
    public String integer(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** A text bar of how much of a whole is used, such as {@code ▓▓▓▓▓▓▓░░░ 72 %}; over 100 % shows full. */
    public String bar(long used, long whole) {
        long percent = whole <= 0 ? 100 : Math.round(used * 100.0 / whole);
        int filled = (int) Math.min(BAR_WIDTH, Math.round(percent / (100.0 / BAR_WIDTH)));
        return "▓".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " " + percent + " %";
    }

    private String decimal(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(language == Language.SV ? ' ' : ',');
        symbols.setDecimalSeparator(language == Language.SV ? ',' : '.');
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
