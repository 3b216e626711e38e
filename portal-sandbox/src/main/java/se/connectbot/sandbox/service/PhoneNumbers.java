package se.connectbot.sandbox.service;

import java.util.Optional;
import java.util.regex.Pattern;

/** Swedish phone numbers: E.164 ({@code +46701234567}) from what people type. */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()/.]");
    private static final Pattern E164_SWEDISH = Pattern.compile("\\+46[1-9]\\d{6,10}");

    private PhoneNumbers() {
    }

    /**
     * {@code 070-123 45 67}, {@code 0701234567}, {@code 0046701234567} and {@code +46 70 123 45 67}
     * all become {@code +46701234567}; empty when the text is no Swedish number.
     */
    static Optional<String> toE164(String text) {
        String digits = SEPARATORS.matcher(text.trim()).replaceAll("");
        String e164;
        if (digits.startsWith("+")) {
            e164 = digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164 = "+46" + digits.substring(1);
        } else if (digits.startsWith("46")) {
            e164 = "+" + digits;
        } else {
            return Optional.empty();
        }
        return E164_SWEDISH.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
    }
}
