package se.connectbot.core.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * One dialog being worked on within one inbound event: its definition, its stored record and
 * the decoded state, as one turn read them. Not thread-safe; lives for one turn, and its changes
 * count only if the turn's version-checked save wins.
 */
final class DialogRun<S extends Record> {

    private final DialogDefinition<S> definition;
    private final DialogRecord record;
    private final CommandRequest request;
    private final List<String> trail;
    private S state;

    DialogRun(DialogDefinition<S> definition, DialogRecord record, CommandRequest request) {
        this.definition = definition;
        this.record = record;
        this.request = request;
        this.trail = record.trail();
        this.state = StateCodec.read(record.state(), definition.stateType());
    }

    Turn turn() {
        return new Turn(request, record.id());
    }

    DialogDefinition<S> definition() {
        return definition;
    }

    se.connectbot.core.i18n.Messages messages() {
        return request.messages();
    }

    DialogRecord record() {
        return record;
    }

    S state() {
        return state;
    }

    /** The first applicable step without an answer, after letting steps answer themselves. */
    @Nullable Step<S> current() {
        return current(Set.of());
    }

    /** Like {@link #current()}, but steps in {@code answeredByUser} wait for the user's answer instead of their own. */
    private @Nullable Step<S> current(Set<String> answeredByUser) {
        for (Step<S> step : definition.steps()) {
            if (!step.applies(state) || step.answered(state)) {
                continue;
            }
            if (answeredByUser.contains(step.id())) {
                return step;
            }
            Optional<S> auto = step.autoAnswer(turn(), state);
            if (auto.isPresent() && step.answered(auto.get())) {
                state = auto.get();
                continue;
            }
            return step;
        }
        return null;
    }

    @Nullable Step<S> step(String id) {
        return definition.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    StepResult<S> accept(Step<S> step, Answer answer) {
        StepResult<S> result = step.accept(turn(), state, answer);
        switch (result) {
            case StepResult.Next<S>(S next) -> moveOn(step, next);
            case StepResult.Done<S>(S done) -> state = done;
            case StepResult.Invalid<S> _, StepResult.Cancelled<S> _ -> { } // asked again, or over: the state stays
        }
        return result;
    }

    private void moveOn(Step<S> step, S next) {
        state = next;
        if (step.answered(state)) {
            trail.add(step.id());
        }
    }

    /** Feeds answers a command carried to the steps they belong to; the refusal of the first bad one, if any. */
    Optional<String> presets(Map<String, String> answers) {
        Set<String> pending = new HashSet<>(answers.keySet());
        for (Step<S> step = current(pending); step != null && !step.confirmation(); step = current(pending)) {
            String preset = answers.get(step.id());
            if (preset == null || !pending.remove(step.id())) {
                return Optional.empty();
            }
            if (accept(step, Answer.typed(preset)) instanceof StepResult.Invalid<S> invalid) {
                return Optional.of(invalid.message());
            }
        }
        return Optional.empty();
    }

    /** Undoes the user's last answer and every answer after it; false when there is none. */
    boolean back() {
        if (trail.isEmpty()) {
            return false;
        }
        String last = trail.remove(trail.size() - 1);
        boolean clearing = false;
        for (Step<S> step : definition.steps()) {
            clearing = clearing || step.id().equals(last);
            if (clearing) {
                state = step.clear(state);
            }
        }
        return true;
    }

    /** Takes a whole form's state as the user's answers to every step it fills. */
    void fill(S filled) {
        state = filled;
        trail.clear();
        for (Step<S> step : definition.steps()) {
            if (step.applies(state) && step.answered(state)) {
                trail.add(step.id());
            }
        }
    }

    Reply prompt(Step<S> step, List<Block> preface) {
        Prompt prompt = step.prompt(turn(), state);
        boolean form = definition.form().isPresent() && trail.isEmpty();
        DialogRenderer.Controls controls = record.status() == DialogStatus.SUBMITTING ? DialogRenderer.Controls.NONE
                : new DialogRenderer.Controls(!trail.isEmpty(), form, true);
        return DialogRenderer.prompt(request.messages(), record.id(), step.id(), prompt, controls, preface);
    }

    /** The step that confirms and makes the dialog's portal write. */
    Step<S> confirmation() {
        return definition.steps().stream().filter(Step::confirmation).findFirst().orElseThrow(() ->
                new IllegalStateException("dialog " + definition.type() + " is submitting but has no confirmation step"));
    }

    Reply completed() {
        return definition.completed(request, state);
    }

    Optional<Block.Form> form() {
        return definition.form().map(f -> {
            Block.Form form = f.form(request, state);
            return new Block.Form(definition.type() + ":" + record.id(), form.title(), form.inputs(), form.submitLabel());
        });
    }

    Optional<DialogForm.Submission<S>> submit(Map<String, String> values) {
        return definition.form().map(f -> f.submit(request, state, values));
    }

    void keep(S newState) {
        state = newState;
    }

    /** The record with this turn's state and trail written into it, ready to save. */
    DialogRecord changed(java.time.Instant now) {
        record.update(stateJson(), trail, now);
        return record;
    }

    String stateJson() {
        return StateCodec.write(state);
    }

    List<String> trail() {
        return trail;
    }

    String name() {
        return request.text("dialog." + definition.type() + ".name");
    }
}
