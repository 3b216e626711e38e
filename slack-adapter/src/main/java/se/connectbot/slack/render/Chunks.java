package se.connectbot.slack.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into pieces that fit a limit, at a line break or a space where one is near.
 * Mrkdwn is escaped first and split after ({@code escaped}): then a piece is measured as Slack
 * will see it, and a cut never falls inside an entity such as {@code &amp;} (which Slack would
 * show as a stray {@code &am}). Splitting first and escaping after made the two disagree.
 * Nothing is dropped but the one break character a piece was split at.
 */
final class Chunks {

    /** The longest entity {@link Mrkdwn#escape} writes is {@code &amp;}; a limit must fit a few. */
    static final int MIN_LIMIT = 16;

    private Chunks() {
    }

    /**
     * @param escaped the text is escaped mrkdwn: never cut inside an {@code &...;} entity
     */
    static List<String> split(String text, int limit, boolean escaped) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("a chunk must take at least " + MIN_LIMIT + " characters but the limit was " + limit);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = cutPoint(text, start, limit, escaped);
            out.add(text.substring(start, end));
            start = end;
            if (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == ' ')) {
                start++;
            }
        }
        return out;
    }

    private static int cutPoint(String text, int start, int limit, boolean escaped) {
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
        if (escaped) {
            end = outsideEntity(text, start, end);
        }
        return Character.isLowSurrogate(text.charAt(end)) && end - 1 > start ? end - 1 : end;
    }

    /** Moves a cut back to the start of an entity it would fall inside ({@code &am|p;}). */
    private static int outsideEntity(String text, int start, int end) {
        int amp = text.lastIndexOf('&', end - 1);
        if (amp < start || amp <= end - "&amp;".length()) {
            return end;
        }
        int semicolon = text.indexOf(';', amp);
        return semicolon >= end && amp > start ? amp : end;
    }
}
