package se.connectbot.core.dialog;

import java.util.List;
import java.util.Optional;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Reply;

/**
 * A guided dialog as data: its persisted type name, its state record, its steps in order, and
 * how its result reads. Declare one as a bean; {@link Dialogs} runs it. The state record must
 * round-trip through JSON (records of strings, numbers, enums, dates, lists).
 */
public interface DialogDefinition<S extends Record> {

    /** Stored with the state; never rename once in use. */
    String type();

    Class<S> stateType();

    /**
     * The name of the command that starts this dialog. Its form, submitted on its own (a web
     * chat post, a Slack modal), passes that command's sign-in and rights checks first: a form
     * can never do more than the command that offers it.
     */
    String command();

    List<Step<S>> steps();

    /** The state of a dialog begun with no answers (as when a form arrives unasked). */
    S initialState();

    /** The answer once done, rendered from the final state (so a repeated confirm repeats it). */
    Reply completed(CommandRequest request, S state);

    /** The dialog as one form, where it offers one. */
    default Optional<DialogForm<S>> form() {
        return Optional.empty();
    }
}
