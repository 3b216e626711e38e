package se.connectbot.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: a kind and a position, base64url-encoded. A cursor of another kind, or
 * anything that does not decode, is refused as invalid input naming the {@code cursor} field.
 */
public final class Cursors {

    private static final String SEPARATOR = "|";

    private Cursors() {
    }

    public static String encode(String kind, String position) {
        byte[] bytes = (kind + SEPARATOR + position).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @throws InvalidInputException when {@code cursor} is not one of {@code kind} */
    public static String decode(String kind, String cursor) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(cursor);
        }
        String prefix = kind + SEPARATOR;
        if (!decoded.startsWith(prefix) || decoded.length() == prefix.length() || !decoded.matches(Inputs.LINE)) {
            throw invalid(cursor);
        }
        return decoded.substring(prefix.length());
    }

    /** Decodes a cursor whose position is a number of at least 0. */
    public static long decodeNumber(String kind, String cursor) {
        String position = decode(kind, cursor);
        try {
            long number = Long.parseLong(position);
            if (number < 0) {
                throw invalid(cursor);
            }
            return number;
        } catch (NumberFormatException notNumber) {
            throw invalid(cursor);
        }
    }

    public static InvalidInputException invalid(String cursor) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
        return InvalidInputException.of("cursor", "is not a cursor this endpoint handed out: '" + shown + "'");
    }
}
