package se.connectbot.teams.bot;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import java.util.regex.Pattern;

/**
 * The words of a Teams message as the core reads them: the bot's {@code <at>…</at>} mention
 * taken out (Teams puts it in the text of every channel message to the bot), the few HTML
 * entities and tags Teams writes into a plain message undone.
 */
final class MessageText {

    private static final Pattern BOT_MENTION_LEFTOVER = Pattern.compile("<at>[^<]{0,200}</at>");
    private static final Pattern TAGS = Pattern.compile("</?(p|div|span|br)\\b[^>]{0,200}>", Pattern.CASE_INSENSITIVE);

    private MessageText() {
    }

    static String of(Activity activity, String botId) {
        String text = activity.getText() == null ? "" : activity.getText();
        for (Entity mention : Incoming.mentionsOf(activity)) {
            String id = mention.getProperties().containsKey("mentioned") ? mention.getProperties().get("mentioned").path("id").asText("") : "";
            String written = mention.getProperties().containsKey("text") ? mention.getProperties().get("text").asText("") : "";
            if (botId.equals(id) && !written.isEmpty()) {
                text = text.replace(written, " ");
            }
        }
        if (text.stripLeading().startsWith("<at>")) {
            // a mention of the bot whose entity did not come along: only at the start, where Teams puts it
            text = BOT_MENTION_LEFTOVER.matcher(text.stripLeading()).replaceFirst(" ");
        }
        text = TAGS.matcher(text).replaceAll(" ");
        return decode(text).replace('\u00a0', ' ').replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static String decode(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
