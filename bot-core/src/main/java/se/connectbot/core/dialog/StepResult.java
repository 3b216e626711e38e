package se.connectbot.core.dialog;

import java.util.Objects;

/** What a step made of an answer. */
public sealed interface StepResult<S> {

    static <S> StepResult<S> next(S state) {
        return new Next<>(state);
    }

    static <S> StepResult<S> invalid(String message) {
        return new Invalid<>(message);
    }

    static <S> StepResult<S> done(S state) {
        return new Done<>(state);
    }

    /** Accepted; the dialog moves on to the next unanswered step. */
    record Next<S>(S state) implements StepResult<S> {
        public Next {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Refused, with a message saying why; the step is asked again. */
    record Invalid<S>(String message) implements StepResult<S> {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The dialog is finished; {@code state} holds its result, kept to repeat the answer. */
    record Done<S>(S state) implements StepResult<S> {
        public Done {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The step ended the dialog without a result. */
    record Cancelled<S>(String message) implements StepResult<S> {
    }
}
