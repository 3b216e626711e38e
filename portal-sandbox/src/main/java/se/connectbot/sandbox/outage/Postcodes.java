package se.connectbot.sandbox.outage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Swedish postcodes, {@code NNN NN}, from {@code NNNNN} or {@code NNN NN}. */
final class Postcodes {

    private static final Pattern POSTCODE = Pattern.compile("(\\d{3}) ?(\\d{2})");

    private Postcodes() {
    }

    static Optional<String> normalise(String text) {
        Matcher matcher = POSTCODE.matcher(text.trim());
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }
}
