package se.connectbot.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * How a person and their workspace are called on their platform ("Anders Berg", "Nordkust
 * Logistik"), as far as the platform told the adapter: shown where someone must recognise a
 * chat identity, such as the page that asks whether to link a portal user to it. Either may be
 * unknown; ids are shown then.
 */
public record DisplayNames(@Nullable String user, @Nullable String workspace) {

    /** Longest name kept; a platform's own limits are lower. */
    private static final int MAX = 120;

    public DisplayNames {
        user = clean(user);
        workspace = clean(workspace);
    }

    public static DisplayNames unknown() {
        return new DisplayNames(null, null);
    }

    /** A name with control and bidirectional formatting characters removed, trimmed and capped; null when nothing is left. */
    private static @Nullable String clean(@Nullable String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(name.length(), MAX));
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(MAX)
                .forEach(kept::appendCodePoint);
        String trimmed = kept.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
