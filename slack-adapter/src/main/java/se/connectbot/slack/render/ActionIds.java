package se.connectbot.slack.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's action ids in Slack's {@code action_id}s and back. Slack wants action ids unique
 * within a block while the core may offer several choices with one action id (the value tells
 * them apart), so each element gets a {@code #n} suffix. A select carries the action id in each
 * option's value ({@code actionId|value}), since its options can stem from different actions.
 * Ids starting with {@code connectbot:} are the adapter's own (links, "open form").
 */
public final class ActionIds {

    /** A link button: Slack still sends a click, which needs only an acknowledgement. */
    public static final String LINK = "connectbot:link";
    /** The "Open form" button of a form that could not be opened as a modal at once. */
    public static final String OPEN_FORM = "connectbot:form";
    /** The callback id of every modal the adapter opens. */
    public static final String FORM_CALLBACK = "connectbot:form";
    static final String SELECT = "connectbot:select";
    /** Every action id of ours matches this: core ids are suffixed, adapter ids are prefixed. */
    public static final Pattern ANY = Pattern.compile(".+");

    private static final Pattern SUFFIX = Pattern.compile("^(.*)#\\d+$");
    private static final char SEPARATOR = '|';

    private ActionIds() {
    }

    static String element(String coreActionId, int index) {
        return coreActionId + "#" + index;
    }

    static String select(int index) {
        return element(SELECT, index);
    }

    static String packOption(String coreActionId, String value) {
        return coreActionId + SEPARATOR + value;
    }

    static boolean packable(String coreActionId) {
        return coreActionId.indexOf(SEPARATOR) < 0;
    }

    /** The core's action as Slack sent it back: from a button, or the chosen option of a select. */
    public static Optional<CoreAction> decode(String slackActionId, String valueOrOption) {
        Matcher m = SUFFIX.matcher(slackActionId);
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        if (!SELECT.equals(id)) {
            return id.startsWith("connectbot:") ? Optional.empty() : Optional.of(new CoreAction(id, valueOrOption));
        }
        int at = valueOrOption.indexOf(SEPARATOR);
        return at <= 0 ? Optional.empty()
                : Optional.of(new CoreAction(valueOrOption.substring(0, at), valueOrOption.substring(at + 1)));
    }

    /** An action id and value as the core's reply offered them. */
    public record CoreAction(String actionId, String value) {
    }
}
