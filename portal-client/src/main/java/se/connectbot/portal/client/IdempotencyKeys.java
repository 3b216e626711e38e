package se.connectbot.portal.client;

import java.util.regex.Pattern;

/** The contract's shape of an Idempotency-Key, checked before anything is sent. */
final class IdempotencyKeys {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private IdempotencyKeys() {
    }

    static String checked(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "an Idempotency-Key must be 1-200 printable ASCII characters without spaces, but was '" + key + "'");
        }
        return key;
    }
}
