package se.connectbot.slack.render;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;

/**
 * The few words the adapter says itself, as keys of the core's message bundles (the core says
 * everything else). The locale handed in is the language the dispatch chose for the user (their
 * choice in the bot, else Slack's locale); one the bot does not speak gives Swedish. Whole
 * numbers among the arguments get the language's grouping ({@link Messages#counting}).
 */
public enum SlackText {
    FAILED("dispatch.failed"),
    OPEN("adapter.open"),
    OPEN_FORM("adapter.form.open"),
    FORM_GONE("adapter.form.gone"),
    FORM_NOT_YOURS("adapter.form.not.yours"),
    CHOOSE("adapter.choose"),
    CHOOSE_RANGE("adapter.choose.range"),
    CANCEL("adapter.cancel"),
    PAGE("adapter.page"),
    CONTINUED("adapter.continued"),
    LIST_AS_FILE("adapter.list.as.file"),
    LIST_FILE_NAME("adapter.list.file.name"),
    FILE_IN_DM("adapter.file.in.dm"),
    FILE_FAILED("adapter.file.failed");

    private final String key;

    SlackText(String key) {
        this.key = key;
    }

    public String in(@Nullable Locale locale, Object... args) {
        return Messages.of(Language.of(locale).orElse(Language.DEFAULT)).counting(key, args);
    }
}
