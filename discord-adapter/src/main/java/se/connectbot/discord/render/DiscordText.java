package se.connectbot.discord.render;

import java.util.regex.Pattern;

/**
 * User and portal text made inert for Discord: markdown shown as typed (a masked link
 * {@code [text](https://evil)} stays visible text, never a link), and no mention of any kind
 * ({@code @everyone}, {@code @here}, {@code <@id>}, {@code <@&role>}, {@code <#channel>}, slash
 * command mentions) can form, whatever the message's {@code allowed_mentions}, which we also set
 * to none on everything we send. A zero-width space breaks what must not be recognised.
 */
public final class DiscordText {

    private static final char ZWSP = '\u200B';
    /** Discord's markdown: emphasis, code, spoilers, quotes, headings, lists, masked links. */
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\[\\]-])");
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);

    private DiscordText() {
    }

    /** Text for a place that renders markdown (embed descriptions, field values, message content). */
    public static String escape(String text) {
        return plain(MARKDOWN.matcher(text).replaceAll("\\\\$1"));
    }

    /** Text for a place that renders no markdown but where mentions must still not form (titles, labels). */
    public static String plain(String text) {
        String noEveryone = EVERYONE.matcher(text).replaceAll("@" + ZWSP + "$1");
        return noEveryone.replace("<", "<" + ZWSP);
    }
}
