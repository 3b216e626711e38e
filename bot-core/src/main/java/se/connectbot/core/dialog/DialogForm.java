package se.connectbot.core.dialog;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;

/**
 * A dialog offered as one form, for platforms that prefer modals: all its inputs at once.
 * A valid submission fills every answer and the dialog continues at its confirmation.
 */
public interface DialogForm<S> {

    /** The inputs, filled with what {@code state} already holds; the runner sets the form id. */
    Block.Form form(CommandRequest request, S state);

    Submission<S> submit(CommandRequest request, S state, Map<String, String> values);

    /** The outcome of a submission. */
    sealed interface Submission<S> {
    }

    /** All fields valid; {@code state} holds every answer. */
    record Accepted<S>(S state) implements Submission<S> {
        public Accepted {
            Objects.requireNonNull(state, "state");
        }
    }

    /** A field is wrong: {@code field} names the input, {@code message} says why in the user's language. */
    record Rejected<S>(S partial, @Nullable String field, String message) implements Submission<S> {
    }
}
