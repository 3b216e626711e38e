package se.connectbot.core.command;

import java.util.Optional;
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

    /** {@code +46701234567} as {@code 070-123 45 67}; other numbers unchanged. */
    public static String display(String e164) {
        if (e164.startsWith("+467") && e164.length() == 12) {
            String n = "0" + e164.substring(3);
            return n.substring(0, 3) + "-" + n.substring(3, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
        }
        return e164.startsWith("+46") ? "0" + e164.substring(3) : e164;
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
