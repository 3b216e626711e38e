package se.connectbot.slack.render;

/**
 * Escaping for Slack's {@code mrkdwn}: {@code &}, {@code <} and {@code >} become entities, so no
 * text of a user's or the portal's can form a mention ({@code <!channel>}, {@code <@U123>}) or a
 * link ({@code <http://evil|x>}). Formatting characters ({@code *_~`}) cannot be escaped in
 * mrkdwn; they only style text, which is harmless. Stateless.
 */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Bold of text already escaped; empty text stays empty. */
    static String boldEscaped(String escaped) {
        String trimmed = escaped.strip();
        return trimmed.isEmpty() ? "" : "*" + trimmed + "*";
    }

    /** Bold, escaped; empty text stays empty (Slack would show the asterisks). */
    public static String bold(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? "" : "*" + escape(trimmed) + "*";
    }
}
