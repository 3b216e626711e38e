package se.connectbot.core.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * User text as the core takes it: without the invisible characters that make echoed or stored
 * text read other than it is. Bidirectional controls (U+202E turns "status" into what looks
 * like "sutats" and reorders whatever follows), zero-width and other invisible format characters
 * that hide inside a word, and control characters other than tab and line breaks. The joiners
 * that emoji and some scripts need (U+200C, U+200D) stay. Stateless.
 */
final class UserText {

    private UserText() {
    }

    static String clean(String text) {
        if (text.codePoints().noneMatch(UserText::spoofs)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !spoofs(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((name, value) -> cleaned.put(name, clean(value)));
        return cleaned;
    }

    static boolean spoofs(int c) {
        return bidiControl(c) || invisible(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean bidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Format and filler characters that show nothing, so they can hide inside a word. */
    private static boolean invisible(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x180E || c == 0x200B
                || (c >= 0x2060 && c <= 0x2064) || (c >= 0x206A && c <= 0x206F) || c == 0x3164 || c == 0xFEFF
                || c == 0xFFA0 || (c >= 0xFFF9 && c <= 0xFFFB);
    }
}
