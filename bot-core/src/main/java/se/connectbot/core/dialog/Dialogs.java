package se.connectbot.core.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Runs the guided dialogs: starts them (cancelling the user's earlier one in the same
 * conversation), feeds them answers, clicks and forms, and handles back, cancel and idle expiry.
 * <p>
 * A turn holds no transaction and no lock while it works, since its steps call the portal: it
 * reads the dialog (one short transaction), works on that copy, and saves it only if nobody
 * saved the dialog in between. A turn that loses reads again and answers from where the dialog
 * now stands, so a double click repeats the first click's answer; the portal write of a
 * confirmation is idempotent by the dialog's id, so a loser that already called it got the same
 * result. Starts that race each other end with one dialog, shown to all. Thread-safe.
 */
@Component
public class Dialogs {

    /** Starts that lose a race to another start look again this often before giving up. */
    private static final int START_ATTEMPTS = 3;
    /** Turns that lose the save to another turn of the same dialog read it again this often. */
    private static final int TURN_ATTEMPTS = 6;

    private final DialogRepository repository;
    private final Map<String, DialogDefinition<?>> definitions;
    private final DialogSteps steps;
    private final DialogSubmissions submissions;
    private final Clock clock;
    private final DialogProperties properties;

    Dialogs(DialogRepository repository, List<DialogDefinition<?>> definitions, DialogSteps steps,
            DialogSubmissions submissions, Clock clock, DialogProperties properties) {
        this.repository = repository;
        this.definitions = definitions.stream().collect(Collectors.toMap(DialogDefinition::type, Function.identity()));
        this.steps = steps;
        this.submissions = submissions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Whether the user has a dialog in this conversation that takes their turns now (one sending its write does). */
    public boolean hasActive(CommandRequest request) {
        return find(request).filter(r -> r.status() == DialogStatus.SUBMITTING || !idle(r)).isPresent();
    }

    /** Closes the user's dialog here if it has been idle too long; the notice to show, if it was. */
    public Optional<Block> expireIdle(CommandRequest request) {
        return turn(() -> find(request).filter(r -> r.status() == DialogStatus.ACTIVE && idle(r)).map(r -> {
            r.finish(DialogStatus.EXPIRED, clock.instant());
            repository.saveChecked(r);
            long minutes = properties.idleTimeout().toMinutes();
            return DialogRenderer.warning(request.text("dialog.expired", name(request, r), minutes));
        }));
    }

    /**
     * Starts a dialog with {@code initial} state, feeding {@code presets} (step id → typed answer)
     * to their steps, and asks the first step still open. When the user already has the same
     * dialog open here, untouched (a double send, or several copies of one command at once), it
     * answers with that dialog instead of starting another. A dialog still sending its write is
     * never replaced: the start is answered as a turn of that dialog.
     */
    public <S extends Record> Reply start(CommandRequest request, DialogDefinition<S> definition, S initial,
            Map<String, String> presets) {
        return turn(() -> submittingHere(request).orElseGet(() -> {
            Begun<S> begun = begin(request, definition, initial, presets.isEmpty());
            if (begun.joined()) {
                return steps.show(begun.run(), List.of());
            }
            List<Block> preface = new ArrayList<>(begun.preface());
            begun.run().presets(presets).ifPresent(message -> preface.add(DialogRenderer.warning(message)));
            return steps.askNext(begun.run(), preface);
        }));
    }

    /** Starts a dialog and offers it as one form (for platforms with modals); joins it like {@link #start}. */
    public <S extends Record> Reply startAsForm(CommandRequest request, DialogDefinition<S> definition, S initial) {
        return turn(() -> submittingHere(request).orElseGet(() -> {
            Begun<S> begun = begin(request, definition, initial, true);
            List<Block> preface = new ArrayList<>(begun.preface());
            begun.run().form().ifPresent(preface::add);
            return new Reply(preface, Reply.Visibility.CONVERSATION);
        }));
    }

    /** A typed answer to the current step of the user's active dialog. */
    public Reply answer(CommandRequest request, String text) {
        return turn(() -> find(request).map(r -> steps.answer(run(request, r), Answer.typed(text)))
                .orElseGet(() -> Reply.text(request.text("dialog.none"))));
    }

    /**
     * A typed text that may be an answer or a command: the dialog takes it if its current step
     * accepts it; empty (nothing changed) when the step refuses it, or when it is a bare command
     * word ({@code bareCommand}) and the step takes free text, so the caller runs the command.
     */
    public Optional<Reply> answerIfTaken(CommandRequest request, String text, boolean bareCommand) {
        return turn(() -> find(request).map(r -> steps.answerIfTaken(run(request, r), Answer.typed(text), bareCommand)));
    }

    /** The id of the user's active dialog here, if any. */
    public Optional<UUID> activeId(CommandRequest request) {
        return find(request).map(DialogRecord::id);
    }

    /** The reminder that the dialog {@code dialogId} is still open here, if it is. */
    public Optional<Block> reminder(CommandRequest request, UUID dialogId) {
        return find(request).filter(r -> r.id().equals(dialogId))
                .map(r -> Block.text(request.text("dialog.still.open", name(request, r))));
    }

    /** A click on one of a dialog's buttons ({@link DialogActions#ACTION_ID}). */
    public Reply act(CommandRequest request, String value) {
        Optional<DialogActions.Parsed> parsed = DialogActions.parse(value);
        return turn(() -> {
            Optional<DialogRecord> record = parsed.flatMap(p -> repository.findById(p.dialogId()));
            if (record.isEmpty()) {
                return Reply.text(request.text("dialog.over"));
            }
            if (!record.get().belongsTo(request.user())) {
                return Reply.text(request.text("dialog.not.yours")).privately();
            }
            return steps.click(run(request, record.get()), parsed.get());
        });
    }

    /** The name of the command that offers the form {@code formId} (see {@link #submit}), if it is a dialog's form. */
    public Optional<String> commandOfForm(String formId) {
        return Optional.ofNullable(definitions.get(formId.split(":", 2)[0]))
                .filter(d -> d.form().isPresent())
                .map(DialogDefinition::command);
    }

    /** The commands that offer the dialogs' forms. */
    public Set<String> formCommands() {
        return definitions.values().stream().filter(d -> d.form().isPresent()).map(DialogDefinition::command)
                .collect(Collectors.toSet());
    }

    /** A submitted dialog form; its id is {@code <type>} or {@code <type>:<dialog id>}. */
    public Reply submit(CommandRequest request, Inbound.FormSubmission form) {
        String[] parts = form.formId().split(":", 2);
        DialogDefinition<?> definition = definitions.get(parts[0]);
        if (definition == null || definition.form().isEmpty()) {
            return Reply.text(request.text("dialog.over"));
        }
        return turn(() -> {
            Optional<DialogRecord> open = find(request);
            Optional<DialogRecord> existing = open.filter(r -> r.status() == DialogStatus.SUBMITTING
                    || parts.length == 2 && r.id().toString().equals(parts[1]) && r.type().equals(parts[0]));
            DialogRun<?> run = existing.<DialogRun<?>>map(r -> run(request, r))
                    .orElseGet(() -> startEmpty(request, definition));
            return steps.submit(run, form.values());
        });
    }

    public Reply cancel(CommandRequest request) {
        return turn(() -> find(request).map(r -> steps.cancel(run(request, r)))
                .orElseGet(() -> Reply.text(request.text("dialog.nothing.to.cancel"))));
    }

    public Reply back(CommandRequest request) {
        return turn(() -> find(request).map(r -> steps.back(run(request, r)))
                .orElseGet(() -> Reply.text(request.text("dialog.nothing.to.go.back"))));
    }

    /** Forgets dialogs untouched for longer than the configured keep time. */
    public int purge() {
        return repository.deleteTouchedBefore(clock.instant().minus(properties.keepFinished()));
    }

    /**
     * Runs one turn, again from a fresh read each time its save loses to another turn of the same
     * dialog. Deliberately not transactional: the portal is called with no connection held.
     */
    private <T> T turn(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DialogChanged e) {
                if (attempt == TURN_ATTEMPTS) {
                    throw new IllegalStateException("a dialog turn lost its save " + TURN_ATTEMPTS + " times in a row", e);
                }
            }
        }
    }

    /** A start (or a form) while the user's dialog here is still sending its write: a turn of that dialog. */
    private Optional<Reply> submittingHere(CommandRequest request) {
        return find(request).filter(r -> r.status() == DialogStatus.SUBMITTING)
                .map(r -> submissions.whileSubmitting(run(request, r), false));
    }

    private boolean idle(DialogRecord record) {
        return record.idleLongerThan(properties.idleTimeout(), clock.instant());
    }

    /** Cancels the user's open dialog here (a lost save, if it changed meanwhile, restarts the start). */
    private List<Block> replaceActive(CommandRequest request) {
        Optional<DialogRecord> active = find(request);
        active.ifPresent(r -> {
            if (r.status() == DialogStatus.SUBMITTING) {
                throw new DialogChanged(r); // it began its write since this start looked: answer as its turn
            }
            r.finish(DialogStatus.CANCELLED, clock.instant());
            repository.saveChecked(r);
        });
        return active.filter(r -> !r.idleLongerThan(properties.idleTimeout(), clock.instant()))
                .<List<Block>>map(r -> List.of(DialogRenderer.warning(request.text("dialog.replaced", name(request, r)))))
                .orElse(List.of());
    }

    /**
     * The dialog a start works on: the same untouched dialog when it is open here and
     * {@code mayJoin}, else a new one replacing whatever was open. The database decides a race
     * between starts (one active dialog per user and conversation): a start that loses it looks
     * again at what the winner made, rather than failing on the unique index.
     */
    private <S extends Record> Begun<S> begin(CommandRequest request, DialogDefinition<S> definition, S initial, boolean mayJoin) {
        String initialState = StateCodec.write(initial);
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            Optional<DialogRecord> open = find(request).filter(r -> mayJoin && untouched(r, definition, initialState));
            if (open.isPresent()) {
                return new Begun<>(new DialogRun<>(definition, open.get(), request), List.of(), true);
            }
            List<Block> preface = replaceActive(request);
            Optional<DialogRecord> created = insert(request, definition, initialState);
            if (created.isPresent()) {
                return new Begun<>(new DialogRun<>(definition, created.get(), request), preface, false);
            }
        }
        throw new IllegalStateException("could not start a " + definition.type() + " dialog in " + START_ATTEMPTS
                + " attempts: other starts kept winning");
    }

    /** Open, of this type, not idle, and still as it was started: nobody has answered anything yet. */
    private boolean untouched(DialogRecord record, DialogDefinition<?> definition, String initialState) {
        return record.type().equals(definition.type()) && record.trail().isEmpty() && record.state().equals(initialState)
                && !record.idleLongerThan(properties.idleTimeout(), clock.instant());
    }

    private Optional<DialogRecord> insert(CommandRequest request, DialogDefinition<?> definition, String initialState) {
        UUID id = UUID.randomUUID();
        int added = repository.insertActive(id, request.user().platform().name(), request.user().workspaceId(),
                request.conversation().channelId(), request.user().userId(), definition.type(), initialState, clock.instant());
        return added == 1 ? repository.findById(id) : Optional.empty();
    }

    private <S extends Record> DialogRun<S> startEmpty(CommandRequest request, DialogDefinition<S> definition) {
        return begin(request, definition, definition.initialState(), true).run();
    }

    private DialogRun<?> run(CommandRequest request, DialogRecord record) {
        DialogDefinition<?> definition = definitions.get(record.type());
        if (definition == null) {
            throw new IllegalStateException("no dialog of type " + record.type() + " (dialog " + record.id() + ")");
        }
        return new DialogRun<>(definition, record, request);
    }

    private Optional<DialogRecord> find(CommandRequest request) {
        return repository.findOpen(request.user().platform(), request.user().workspaceId(),
                request.conversation().channelId(), request.user().userId());
    }

    private String name(CommandRequest request, DialogRecord record) {
        return request.text("dialog." + record.type() + ".name");
    }

    /** A start's dialog, with the notice of any dialog it replaced; {@code joined} when it was already open. */
    private record Begun<S extends Record>(DialogRun<S> run, List<Block> preface, boolean joined) {
    }
}
