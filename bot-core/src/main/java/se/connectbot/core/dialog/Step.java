package se.connectbot.core.dialog;

import java.util.Optional;

/**
 * One step of a dialog over the state record {@code S}: asks, checks the answer, and knows
 * whether the state already holds its answer (so a dialog can be entered mid-way). Steps are
 * stateless and thread-safe; everything lives in {@code S}.
 */
public interface Step<S> {

    /** Stable id, part of the buttons' values; never reuse one for another meaning. */
    String id();

    boolean answered(S state);

    /** Whether the step is asked at all in this state (a priority only for support tickets). */
    default boolean applies(S state) {
        return true;
    }

    /**
     * True for a step that takes any text (a title, a message); a bare command word typed there
     * runs the command instead of becoming the answer.
     */
    default boolean freeText() {
        return false;
    }

    /**
     * True for the final confirmation, which command arguments never answer. Its confirming
     * answer ({@link Confirmations#confirms}) makes the dialog's one portal write, which must
     * depend on the state alone: the runner marks the dialog SUBMITTING first and may repeat the
     * call with the same state and Idempotency-Key until it is known to be done.
     */
    default boolean confirmation() {
        return false;
    }

    /** An answer the step can give itself (the only subscription there is), if any. */
    default Optional<S> autoAnswer(Turn turn, S state) {
        return Optional.empty();
    }

    Prompt prompt(Turn turn, S state);

    StepResult<S> accept(Turn turn, S state, Answer answer);

    /** The state without this step's answer (for back). */
    S clear(S state);
}
