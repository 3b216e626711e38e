package se.connectbot.core.dialog;

import se.connectbot.core.i18n.Folding;

/**
 * An answer to a step: a value the user typed, or the value of an option they picked
 * ({@code picked}), which the step offered itself and may trust to be one of its own.
 */
public record Answer(String value, boolean picked) {

    public static Answer typed(String text) {
        return new Answer(text.strip(), false);
    }

    public static Answer pick(String value) {
        return new Answer(value, true);
    }

    public String folded() {
        return Folding.fold(value);
    }
}
