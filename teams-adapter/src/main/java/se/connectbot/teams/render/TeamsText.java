package se.connectbot.teams.render;

/**
 * Escaping for what Teams renders. The card renderer needs none: it puts user and portal text only
 * where Teams shows it as plain text ({@code TextRun}s, button and choice titles, input labels),
 * never in a markdown field ({@code TextBlock}, {@code FactSet}), and adds no mention entities, so
 * no {@code <at>}, link, emphasis or HTML can take effect. An activity's own text is another matter
 * ({@link #plain}). Stateless.
 */
public final class TeamsText {

    private TeamsText() {
    }

    /**
     * For an activity's own {@code text} (sent with {@code textFormat: plain}): the entities
     * Teams decodes, so a {@code <at>} or tag shows as written instead of pinging or rendering.
     */
    public static String plain(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Only web links may be opened from a card; anything else ({@code javascript:}, {@code file:}) is refused. */
    public static boolean isWebLink(String url) {
        return url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
    }
}
