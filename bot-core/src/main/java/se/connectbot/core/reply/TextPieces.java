package se.connectbot.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Long text split into pieces that fit a platform's limit on one field, for every renderer: a cut
 * falls at a line break near the limit, else at a space, else where the limit is, never between
 * the two halves of a character outside the Basic Multilingual Plane (an emoji), and never where
 * the platform's own markup says it would tear an escape ({@link Guard}). Nothing is dropped but
 * the one line break or space a piece was split at. Stateless.
 */
public final class TextPieces {

    /** A surrogate pair must fit in a piece. */
    private static final int MIN_LIMIT = 2;

    private TextPieces() {
    }

    /** Where a platform's markup may not be cut: Slack's {@code &amp;} entities, Discord's backslash escapes. */
    @FunctionalInterface
    public interface Guard {

        /** Markup that tears nowhere. */
        Guard NONE = (text, start, end) -> end;

        /**
         * Called only for a cut that found no line break or space.
         *
         * @return the end to cut at instead: {@code end} itself, or an earlier one that tears nothing; one at or before
         *         {@code start} is ignored, so that every piece holds something
         */
        int cut(String text, int start, int end);
    }

    /** The pieces, in order; none for empty text. */
    public static List<String> split(String text, int limit, Guard guard) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("a piece must take at least " + MIN_LIMIT + " characters but the limit was " + limit);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = cutPoint(text, start, limit, guard);
            pieces.add(text.substring(start, end));
            start = end;
            if (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == ' ')) {
                start++;
            }
        }
        return pieces;
    }

    private static int cutPoint(String text, int start, int limit, Guard guard) {
        int end = Math.min(text.length(), start + limit);
        if (end == text.length()) {
            return end;
        }
        int half = start + limit / 2;
        int newline = text.lastIndexOf('\n', end);
        if (newline > half) {
            return newline;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > half) {
            return space;
        }
        int guarded = guard.cut(text, start, end);
        if (guarded > start && guarded < end) {
            end = guarded;
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) && end - 1 > start ? end - 1 : end;
    }
}
