package se.connectbot.slack.render;

import java.util.List;
import se.connectbot.core.reply.TextPieces;

/**
 * The core's {@link TextPieces} with mrkdwn's one rule: escaped text ({@code escaped}) is escaped
 * first and split after, so a piece is measured as Slack will see it, and a cut never falls inside
 * an entity such as {@code &amp;} (which Slack would show as a stray {@code &am}). Splitting first
 * and escaping after made the two disagree.
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
        return TextPieces.split(text, limit, escaped ? Chunks::outsideEntity : TextPieces.Guard.NONE);
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
