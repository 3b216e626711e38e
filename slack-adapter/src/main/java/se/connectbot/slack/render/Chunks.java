package se.connectbot.slack.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into pieces that fit a limit, at a line break or a space where one is near,
 * counting a character as Slack will see it (an escaped {@code &} is five). Nothing is dropped
 * but the one break character a piece was split at.
 */
final class Chunks {

    private Chunks() {
    }

    static List<String> split(String text, int limit, boolean escaped) {
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

    /** How long the text is once escaped (or as is). */
    static int cost(String text, boolean escaped) {
        int cost = 0;
        for (int i = 0; i < text.length(); i++) {
            cost += cost(text.charAt(i), escaped);
        }
        return cost;
    }

    private static int cutPoint(String text, int start, int limit, boolean escaped) {
        int cost = 0;
        int lastNewline = -1;
        int lastSpace = -1;
        int i = start;
        while (i < text.length()) {
            int c = cost(text.charAt(i), escaped);
            if (cost + c > limit) {
                break;
            }
            cost += c;
            if (text.charAt(i) == '\n') {
                lastNewline = i;
            } else if (text.charAt(i) == ' ') {
                lastSpace = i;
            }
            i++;
        }
        if (i >= text.length()) {
            return text.length();
        }
        int half = start + (i - start) / 2;
        if (lastNewline > half) {
            return lastNewline;
        }
        if (lastSpace > half) {
            return lastSpace;
        }
        return Character.isLowSurrogate(text.charAt(i)) && i - 1 > start ? i - 1 : i;
    }

    private static int cost(char c, boolean escaped) {
        if (!escaped) {
            return 1;
        }
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }
}
