package se.connectbot.core.dialog;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The values of the dialogs' buttons: {@code <dialog id>|<step id>|<answer>}, so a click names
 * the dialog and step it belongs to and a stale or foreign button is recognised.
 */
public final class DialogActions {

    /** The action id of every dialog button. */
    public static final String ACTION_ID = "dialog";
    static final String BACK = "~back";
    static final String CANCEL = "~cancel";
    static final String FORM = "~form";

    private DialogActions() {
    }

    static String value(UUID dialogId, String stepId, String answer) {
        return dialogId + "|" + stepId + "|" + answer;
    }

    static Optional<Parsed> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(UUID.fromString(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Parsed(UUID dialogId, String stepId, String answer) {
    }
}
