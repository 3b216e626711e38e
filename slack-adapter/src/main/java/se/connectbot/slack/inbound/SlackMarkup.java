package se.connectbot.slack.inbound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Slack's markup in what users send, back to the plain text the core parses: the bot's own
 * mention is dropped, {@code <mailto:a@b.se|a@b.se>} and {@code <https://x|label>} become their
 * label, {@code <@U123>} becomes {@code @U123}, and Slack's {@code &amp;}, {@code &lt;},
 * {@code &gt;} their characters again. Stateless.
 */
final class SlackMarkup {

    private static final Pattern ENTITY = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private SlackMarkup() {
    }

    static String toPlain(String text, @Nullable String botUserId) {
        String withoutBot = botUserId == null ? text
                : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
        Matcher m = ENTITY.matcher(withoutBot);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        String unescaped = out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return SPACES.matcher(unescaped).replaceAll(" ").strip();
    }

    private static String entity(String inner, @Nullable String label) {
        if (inner.startsWith("@") || inner.startsWith("#")) {
            return label != null && !label.isEmpty() ? inner.charAt(0) + strip(label) : inner;
        }
        if (inner.startsWith("!")) {
            return "@" + (label != null && !label.isEmpty() ? strip(label) : inner.substring(1));
        }
        if (label != null && !label.isEmpty()) {
            return label;
        }
        if (inner.startsWith("mailto:")) {
            return inner.substring("mailto:".length());
        }
        return inner.startsWith("tel:") ? inner.substring("tel:".length()) : inner;
    }

    private static String strip(String label) {
        return label.startsWith("@") || label.startsWith("#") ? label.substring(1) : label;
    }
}
