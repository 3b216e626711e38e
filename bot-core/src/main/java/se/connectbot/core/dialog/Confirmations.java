package se.connectbot.core.dialog;

import java.util.Set;
import se.connectbot.core.i18n.Folding;

/** Typed words that confirm a summary, in Swedish and English. Stateless. */
public final class Confirmations {

    /** The value of a confirmation step's own button. */
    public static final String CONFIRM = "confirm";

    private static final Set<String> YES = Set.of(CONFIRM, "yes", "y", "ja", "j", "ok", "okay", "okej", "bekrafta",
            "bestall", "order", "skicka", "send", "skapa", "create", "submit", "kor", "go");

    private Confirmations() {
    }

    public static boolean confirms(Answer answer) {
        return YES.contains(Folding.fold(answer.value()));
    }
}
