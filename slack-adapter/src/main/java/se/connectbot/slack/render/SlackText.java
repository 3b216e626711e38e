package se.connectbot.slack.render;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The few words the adapter says itself (the core says everything else), in Swedish and
 * English. Swedish unless the user's locale is another language than Swedish, then English.
 */
public enum SlackText {
    WORKING("Jobbar på det…", "Working on it…"),
    FAILED("Något gick fel, och jag kunde inte svara. Försök igen om en stund.",
            "Something went wrong and I could not answer. Please try again in a moment."),
    BUSY("Jag har för mycket att göra just nu. Försök igen om en stund.",
            "I am too busy right now. Please try again in a moment."),
    OPEN("Öppna", "Open"),
    OPEN_FORM("Öppna formuläret", "Open the form"),
    FORM_GONE("Formuläret har gått ut. Börja om med kommandot.", "The form has expired. Please start again with the command."),
    FORM_NOT_YOURS("Det här formuläret är någon annans.", "This form belongs to someone else."),
    CHOOSE("Välj…", "Choose…"),
    CHOOSE_RANGE("Välj ({0}–{1})…", "Choose ({0}–{1})…"),
    CANCEL("Avbryt", "Cancel"),
    PAGE("Sida {0} av {1} ({2} st)", "Page {0} of {1} ({2} items)"),
    CONTINUED("Fortsättning, del {0} av {1}", "Continued, part {0} of {1}"),
    LIST_AS_FILE("Listan har {0} rader, för många för ett meddelande; här är den som fil: {1}",
            "The list has {0} rows, too many for a message; here it is as a file: {1}"),
    LIST_FILE_NAME("lista.csv", "list.csv"),
    FILE_IN_DM("Jag skickade filen {0} till dig i ett direktmeddelande, så att bara du ser den.",
            "I sent the file {0} to you in a direct message, so that only you can see it."),
    FILE_FAILED("Jag kunde inte lämna över filen {0}. Försök igen om en stund.",
            "I could not deliver the file {0}. Please try again in a moment.");

    private final String swedish;
    private final String english;

    SlackText(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String in(@Nullable Locale locale, Object... args) {
        String pattern = isEnglish(locale) ? english : swedish;
        return args.length == 0 ? pattern : new MessageFormat(pattern, isEnglish(locale) ? Locale.ENGLISH : Locale.forLanguageTag("sv")).format(args);
    }

    private static boolean isEnglish(@Nullable Locale locale) {
        return locale != null && !locale.getLanguage().isEmpty() && !"sv".equals(locale.getLanguage());
    }
}
