package se.connectbot.core.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching what people type: lower case, no diacritics ({@code Översikt} and
 * {@code oversikt} match), runs of white space as one space. Stateless and thread-safe.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Folding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
