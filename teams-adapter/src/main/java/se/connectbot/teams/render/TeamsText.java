package se.connectbot.teams.render;

/**
 * Escaping for what Teams renders. The renderer puts user and portal text where Teams shows it as
 * plain text ({@code TextRun}, button titles, input labels). Where a card element reads markdown
 * ({@code FactSet}) every markdown character is backslash-escaped and angle brackets become
 * {@code ‹ ›}, so neither a link, emphasis, {@code <at>} mention nor HTML can be injected.
 * Stateless.
 */
public final class TeamsText {

    private static final String MARKDOWN = "\\`*_{}[]()#+-.!|~>";

    private TeamsText() {
    }

    /** For a markdown field: renders as the same characters, links, emphasis, mentions and HTML inert. */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                out.append('‹');
            } else if (c == '>') {
                out.append('›');
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                if (MARKDOWN.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
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
