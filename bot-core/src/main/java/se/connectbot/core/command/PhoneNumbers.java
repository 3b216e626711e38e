package se.connectbot.core.command;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers as people type them ({@code 070-123 45 67}, {@code +46 70 123 45 67},
 * {@code 0046701234567}) to E.164 ({@code +46701234567}), and back to the Swedish national
 * form for display. Stateless.
 */
public final class PhoneNumbers {

    /** Starts like a phone number does (+ or 0, maybe in brackets), so postcodes and ids are not taken for one. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\(?(\\+|0)[0-9 ()\\-]{3,}");
    private static final Pattern SEPARATORS = Pattern.compile("[ ()\\-]");
    /** Swedish area codes of two digits after the 0 (Stockholm's 08 has one; all others three). */
    private static final Set<String> TWO_DIGIT_AREA_CODES = Set.of("10", "11", "13", "16", "18", "19", "20", "21", "23", "26",
            "31", "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90");

    private PhoneNumbers() {
    }

    /** Whether the text is meant as a phone number: + or 0, then digits and separators, at least five digits. */
    public static boolean looksLikePhone(String text) {
        String stripped = text.strip();
        return PHONE_LIKE.matcher(stripped).matches() && digits(stripped) >= 5;
    }

    /** The E.164 form, or empty when the text is not a valid number. */
    public static Optional<String> toE164(String text) {
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.startsWith("+")) {
            String rest = compact.substring(1);
            boolean ok = rest.chars().allMatch(Character::isDigit) && rest.length() >= 8 && rest.length() <= 15
                    && !(rest.startsWith("46") && !swedishNational(rest.substring(2)));
            return ok ? Optional.of(compact) : Optional.empty();
        }
        if (compact.startsWith("0") && compact.chars().allMatch(Character::isDigit) && swedishNational(compact.substring(1))) {
            return Optional.of("+46" + compact.substring(1));
        }
        return Optional.empty();
    }

    /**
     * A Swedish number the Swedish way, one format everywhere: the area code or mobile prefix,
     * a dash, then the subscriber number in groups ({@code 070-123 45 67}, {@code 08-600 10 00},
     * {@code 0920-123 45}); other numbers unchanged.
     */
    public static String display(String e164) {
        if (!e164.startsWith("+46") || !swedishNational(e164.substring(3))) {
            return e164;
        }
        String national = e164.substring(3);
        int prefix = national.startsWith("8") ? 1
                : national.startsWith("7") || TWO_DIGIT_AREA_CODES.contains(national.substring(0, 2)) ? 2 : 3;
        return "0" + national.substring(0, prefix) + "-" + groups(national.substring(prefix));
    }

    /** A subscriber number in groups as Swedish custom has them: pairs from the end, a leading three when odd, 123 456 78 for eight. */
    private static String groups(String digits) {
        if (digits.length() < 5) {
            return digits;
        }
        if (digits.length() == 8) {
            return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        }
        StringBuilder grouped = new StringBuilder();
        int first = digits.length() % 2 == 1 ? 3 : 2;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 2) {
            grouped.append(' ').append(digits, i, Math.min(i + 2, digits.length()));
        }
        return grouped.toString();
    }

    /** A Swedish number without its leading 0 or +46: mobile 9 digits (7x...), others 7 to 9. */
    private static boolean swedishNational(String digits) {
        if (!digits.chars().allMatch(Character::isDigit) || digits.startsWith("0")) {
            return false;
        }
        return digits.startsWith("7") ? digits.length() == 9 : digits.length() >= 7 && digits.length() <= 9;
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
