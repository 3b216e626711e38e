package se.connectbot.core.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Runs the guided dialogs: starts them (cancelling the user's earlier one in the same
 * conversation), feeds them answers, clicks and forms, and handles back, cancel and idle expiry.
 * Each call works under a row lock on the dialog, so a double click waits for the first and then
 * repeats its answer. A portal failure inside a step rolls the step back: the dialog stays where
 * it was. Thread-safe.
 */
@Component
public class Dialogs {

    private final DialogRepository repository;
    private final Map<String, DialogDefinition<?>> definitions;
    private final DialogSteps steps;
    private final Clock clock;
    private final DialogProperties properties;

    Dialogs(DialogRepository repository, List<DialogDefinition<?>> definitions, DialogSteps steps, Clock clock,
            DialogProperties properties) {
        this.repository = repository;
        this.definitions = definitions.stream().collect(Collectors.toMap(DialogDefinition::type, Function.identity()));
        this.steps = steps;
        this.clock = clock;
        this.properties = properties;
    }

    /** Whether the user has a dialog in this conversation that takes answers now. */
    @Transactional(readOnly = true)
    public boolean hasActive(CommandRequest request) {
        return find(request).filter(r -> !r.idleLongerThan(properties.idleTimeout(), clock.instant())).isPresent();
    }

    /** Closes the user's dialog here if it has been idle too long; the notice to show, if it was. */
    @Transactional
    public Optional<Block> expireIdle(CommandRequest request) {
        return lockActive(request)
                .filter(r -> r.idleLongerThan(properties.idleTimeout(), clock.instant()))
                .map(r -> {
                    r.finish(DialogStatus.EXPIRED, clock.instant());
                    long minutes = properties.idleTimeout().toMinutes();
                    return DialogRenderer.warning(request.text("dialog.expired", name(request, r), minutes));
                });
    }

    /**
     * Starts a dialog with {@code initial} state, feeding {@code presets} (step id → typed answer)
     * to their steps, and asks the first step still open.
     */
    @Transactional
    public <S extends Record> Reply start(CommandRequest request, DialogDefinition<S> definition, S initial,
            Map<String, String> presets) {
        List<Block> preface = new ArrayList<>(replaceActive(request));
        DialogRun<S> run = create(request, definition, initial);
        run.presets(presets).ifPresent(message -> preface.add(DialogRenderer.warning(message)));
        return steps.askNext(run, preface);
    }

    /** Starts a dialog and offers it as one form (for platforms with modals). */
    @Transactional
    public <S extends Record> Reply startAsForm(CommandRequest request, DialogDefinition<S> definition, S initial) {
        List<Block> preface = new ArrayList<>(replaceActive(request));
        DialogRun<S> run = create(request, definition, initial);
        run.form().ifPresent(preface::add);
        return new Reply(preface, Reply.Visibility.CONVERSATION);
    }

    /** A typed answer to the current step of the user's active dialog. */
    @Transactional
    public Reply answer(CommandRequest request, String text) {
        return lockActive(request).map(r -> steps.answer(run(request, r), Answer.typed(text)))
                .orElseGet(() -> Reply.text(request.text("dialog.none")));
    }

    /**
     * A typed text that may be an answer or a command: the dialog takes it if its current step
     * accepts it; empty (nothing changed) when the step refuses it, or when it is a bare command
     * word ({@code bareCommand}) and the step takes free text, so the caller runs the command.
     */
    @Transactional
    public Optional<Reply> answerIfTaken(CommandRequest request, String text, boolean bareCommand) {
        return lockActive(request).map(r -> steps.answerIfTaken(run(request, r), Answer.typed(text), bareCommand));
    }

    /** The id of the user's active dialog here, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> activeId(CommandRequest request) {
        return find(request).map(DialogRecord::id);
    }

    /** The reminder that the dialog {@code dialogId} is still open here, if it is. */
    @Transactional(readOnly = true)
    public Optional<Block> reminder(CommandRequest request, UUID dialogId) {
        return find(request).filter(r -> r.id().equals(dialogId))
                .map(r -> Block.text(request.text("dialog.still.open", name(request, r))));
    }

    /** A click on one of a dialog's buttons ({@link DialogActions#ACTION_ID}). */
    @Transactional
    public Reply act(CommandRequest request, String value) {
        Optional<DialogActions.Parsed> parsed = DialogActions.parse(value);
        Optional<DialogRecord> record = parsed.flatMap(p -> repository.findByIdForUpdate(p.dialogId()));
        if (record.isEmpty()) {
            return Reply.text(request.text("dialog.over"));
        }
        if (!record.get().belongsTo(request.user())) {
            return Reply.text(request.text("dialog.not.yours")).privately();
        }
        return steps.click(run(request, record.get()), parsed.get());
    }

    /** A submitted dialog form; its id is {@code <type>} or {@code <type>:<dialog id>}. */
    @Transactional
    public Reply submit(CommandRequest request, Inbound.FormSubmission form) {
        String[] parts = form.formId().split(":", 2);
        DialogDefinition<?> definition = definitions.get(parts[0]);
        if (definition == null || definition.form().isEmpty()) {
            return Reply.text(request.text("dialog.over"));
        }
        Optional<DialogRecord> existing = lockActive(request)
                .filter(r -> parts.length == 2 && r.id().toString().equals(parts[1]) && r.type().equals(parts[0]));
        DialogRun<?> run = existing.<DialogRun<?>>map(r -> run(request, r))
                .orElseGet(() -> startEmpty(request, definition));
        return steps.submit(run, form.values());
    }

    @Transactional
    public Reply cancel(CommandRequest request) {
        return lockActive(request).map(r -> steps.cancel(run(request, r)))
                .orElseGet(() -> Reply.text(request.text("dialog.nothing.to.cancel")));
    }

    @Transactional
    public Reply back(CommandRequest request) {
        return lockActive(request).map(r -> steps.back(run(request, r)))
                .orElseGet(() -> Reply.text(request.text("dialog.nothing.to.go.back")));
    }

    /** Forgets dialogs untouched for longer than the configured keep time. */
    @Transactional
    public int purge() {
        return repository.deleteTouchedBefore(clock.instant().minus(properties.keepFinished()));
    }

    private List<Block> replaceActive(CommandRequest request) {
        Optional<DialogRecord> active = lockActive(request);
        active.ifPresent(r -> {
            r.finish(DialogStatus.CANCELLED, clock.instant());
            repository.saveAndFlush(r);
        });
        return active.filter(r -> !r.idleLongerThan(properties.idleTimeout(), clock.instant()))
                .<List<Block>>map(r -> List.of(DialogRenderer.warning(request.text("dialog.replaced", name(request, r)))))
                .orElse(List.of());
    }

    private <S extends Record> DialogRun<S> create(CommandRequest request, DialogDefinition<S> definition, S initial) {
        DialogRecord record = new DialogRecord(UUID.randomUUID(), request.user(), request.conversation(),
                definition.type(), StateCodec.write(initial), clock.instant());
        return new DialogRun<>(definition, repository.save(record), request);
    }

    private <S extends Record> DialogRun<S> startEmpty(CommandRequest request, DialogDefinition<S> definition) {
        replaceActive(request);
        return create(request, definition, definition.initialState());
    }

    private DialogRun<?> run(CommandRequest request, DialogRecord record) {
        DialogDefinition<?> definition = definitions.get(record.type());
        if (definition == null) {
            throw new IllegalStateException("no dialog of type " + record.type() + " (dialog " + record.id() + ")");
        }
        return new DialogRun<>(definition, record, request);
    }

    private Optional<DialogRecord> find(CommandRequest request) {
        return repository.findActive(request.user().platform(), request.user().workspaceId(),
                request.conversation().channelId(), request.user().userId());
    }

    private Optional<DialogRecord> lockActive(CommandRequest request) {
        return repository.findActiveForUpdate(request.user().platform(), request.user().workspaceId(),
                request.conversation().channelId(), request.user().userId());
    }

    private String name(CommandRequest request, DialogRecord record) {
        return request.text("dialog." + record.type() + ".name");
    }
}
