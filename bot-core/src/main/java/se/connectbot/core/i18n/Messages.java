package se.connectbot.core.i18n;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's texts in one language, from {@code i18n/messages_<lang>.properties} (UTF-8).
 * Placeholders are {@code {0}}, {@code {1}}, ... replaced verbatim (no MessageFormat quoting
 * rules, so apostrophes need no escaping); callers format numbers and dates with
 * {@link Formats} first. Immutable and thread-safe.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");
    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Messages(language));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    public Formats formats() {
        return Formats.of(language);
    }

    /** The text for {@code key} with its placeholders filled; a missing key shows as itself, marked. */
    public String get(String key, @Nullable Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            log.warn("No text for key {} in {}", key, language);
            return "[" + key + "]";
        }
        return fill(pattern, args);
    }

    /**
     * As {@link #get}, with the whole numbers ({@code Integer}, {@code Long}) among the arguments
     * grouped the language's way ({@code 1 500} / {@code 1,500}): for counts an adapter shows in its
     * own words (a list's size, a range of choices), the same on every platform.
     */
    public String counting(String key, Object... args) {
        Formats formats = formats();
        Object[] shown = Arrays.stream(args)
                .map(arg -> arg instanceof Integer || arg instanceof Long ? formats.integer(((Number) arg).longValue()) : arg)
                .toArray();
        return get(key, shown);
    }

    /** The text for {@code key}, or null when the bundle has none (for optional texts). */
    public @Nullable String find(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    private static String fill(String pattern, @Nullable Object[] args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        // one pass, so that a value which itself contains "{1}" is never filled again
        return PLACEHOLDER.matcher(pattern).replaceAll(match -> {
            int index = Integer.parseInt(match.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : match.group();
            return Matcher.quoteReplacement(value);
        });
    }
}
