package se.connectbot.discord.render;

import java.util.ArrayList;
import java.util.List;

/** Splits escaped text into pieces of at most a limit, at a line break or space where it can, never inside an escape. */
final class Chunks {

    private Chunks() {
    }

    static List<String> of(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cutAt(rest, max);
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutAt(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            return space;
        }
        int cut = max;
        // neither a backslash escape nor a surrogate pair may be torn apart
        while (cut > 1 && (text.charAt(cut - 1) == '\\' || Character.isHighSurrogate(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut;
    }
}
