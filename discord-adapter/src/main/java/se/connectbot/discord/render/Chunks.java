package se.connectbot.discord.render;

import java.util.List;
import se.connectbot.core.reply.TextPieces;

/** The core's {@link TextPieces} with Discord's one rule: a backslash escape is never torn from what it escapes. */
final class Chunks {

    private Chunks() {
    }

    /** The pieces of escaped text; one empty piece for empty text, so that a field still shows. */
    static List<String> of(String text, int max) {
        List<String> pieces = TextPieces.split(text, max, Chunks::outsideEscape);
        return pieces.isEmpty() ? List.of("") : pieces;
    }

    private static int outsideEscape(String text, int start, int end) {
        int cut = end;
        while (cut > start + 1 && text.charAt(cut - 1) == '\\') {
            cut--;
        }
        return cut;
    }
}
