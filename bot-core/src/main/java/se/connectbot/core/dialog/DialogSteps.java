package se.connectbot.core.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * Moves a dialog along for one turn: answers, clicks, forms, back and cancel. Works on the copy
 * the turn read, outside any transaction (steps call the portal), and saves once at the end with
 * a version check; a lost save throws {@link DialogChanged} and changes nothing. A confirmation
 * saves twice: SUBMITTING before its portal write, so the write's body is fixed while it may be
 * under way, and the result after. A portal that is down or throttling leaves the dialog at its
 * step with a "try again"; other failures propagate, unsaved, to the engine's one place for
 * error texts.
 */
@Component
class DialogSteps {

    private final DialogRepository repository;
    private final Clock clock;
    private final DialogSubmissions submissions;

    DialogSteps(DialogRepository repository, Clock clock, DialogSubmissions submissions) {
        this.repository = repository;
        this.clock = clock;
        this.submissions = submissions;
    }

    /**
     * Finds and asks the next open step, then saves what was accepted. A portal that is down or
     * throttling while doing so still keeps what was accepted and says to try again.
     */
    <S extends Record> Reply askNext(DialogRun<S> run, List<Block> preface) {
        Reply reply = show(run, preface);
        save(run);
        return reply;
    }

    /**
     * The dialog's next open step as it stands, saving nothing (so a start that finds its dialog
     * already open takes no lock on it). A portal that is down or throttling gives a "try again".
     */
    <S extends Record> Reply show(DialogRun<S> run, List<Block> preface) {
        @Nullable Step<S> step;
        @Nullable Reply prompt;
        try {
            step = run.current();
            prompt = step == null ? null : run.prompt(step, preface);
        } catch (PortalException e) {
            if (e.error() != PortalError.UNAVAILABLE && e.error() != PortalError.RATE_LIMITED) {
                throw e;
            }
            List<Block> notice = new ArrayList<>(preface);
            notice.add(DialogRenderer.warning(textOf(run, "dialog.portal.down", run.name())));
            return new Reply(notice, Reply.Visibility.CONVERSATION);
        }
        if (step == null || prompt == null) {
            throw new IllegalStateException("dialog " + run.definition().type() + " has no step left and was not done");
        }
        return prompt;
    }

    <S extends Record> Reply answer(DialogRun<S> run, Answer answer) {
        if (submitting(run)) {
            return submissions.whileSubmitting(run, Confirmations.confirms(answer));
        }
        Step<S> step = run.current();
        if (step == null) {
            return askNext(run, List.of());
        }
        return apply(run, step, answer, false);
    }

    /**
     * Like {@link #answer}, but null (and nothing changed) when the step refuses the answer, or
     * when it is a bare command word and the step takes free text.
     */
    <S extends Record> @Nullable Reply answerIfTaken(DialogRun<S> run, Answer answer, boolean bareCommand) {
        if (submitting(run)) {
            return Confirmations.confirms(answer) ? submissions.whileSubmitting(run, true) : null;
        }
        Step<S> step = run.current();
        return step == null || (bareCommand && step.freeText()) ? null : apply(run, step, answer, true);
    }

    <S extends Record> Reply click(DialogRun<S> run, DialogActions.Parsed click) {
        DialogStatus status = run.record().status();
        if (status == DialogStatus.SUBMITTED) {
            return run.completed();
        }
        if (status == DialogStatus.SUBMITTING) {
            return submissions.whileSubmitting(run, Confirmations.CONFIRM.equals(click.answer()));
        }
        if (status != DialogStatus.ACTIVE) {
            return Reply.text(textOf(run, status == DialogStatus.EXPIRED ? "dialog.expired.short" : "dialog.over", run.name()));
        }
        return control(run, click.answer()).orElseGet(() -> clickStep(run, click));
    }

    private <S extends Record> Optional<Reply> control(DialogRun<S> run, String answer) {
        if (DialogActions.BACK.equals(answer)) {
            return Optional.of(back(run));
        }
        if (DialogActions.CANCEL.equals(answer)) {
            return Optional.of(cancel(run));
        }
        if (DialogActions.FORM.equals(answer)) {
            return run.form().map(form -> Reply.of(form));
        }
        return Optional.empty();
    }

    private <S extends Record> Reply clickStep(DialogRun<S> run, DialogActions.Parsed click) {
        Step<S> current = run.current();
        if (current == null || !current.id().equals(click.stepId())) {
            List<Block> stale = List.of(DialogRenderer.warning(textOf(run, "dialog.stale")));
            return current == null ? askNext(run, stale) : run.prompt(current, stale);
        }
        return apply(run, current, Answer.pick(click.answer()), false);
    }

    <S extends Record> Reply submit(DialogRun<S> run, Map<String, String> values) {
        if (submitting(run)) {
            return submissions.whileSubmitting(run, false);
        }
        Optional<DialogForm.Submission<S>> submission = run.submit(values);
        if (submission.isEmpty()) {
            return Reply.text(textOf(run, "dialog.over"));
        }
        return switch (submission.get()) {
            case DialogForm.Rejected<S> rejected -> rejected(run, rejected);
            case DialogForm.Accepted<S>(S state) -> {
                run.fill(state);
                yield askNext(run, List.of());
            }
        };
    }

    private <S extends Record> Reply rejected(DialogRun<S> run, DialogForm.Rejected<S> rejected) {
        run.keep(rejected.partial());
        save(run);
        List<Block> blocks = new ArrayList<>();
        blocks.add(DialogRenderer.warning(rejected.message()));
        run.form().ifPresent(blocks::add);
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    <S extends Record> Reply cancel(DialogRun<S> run) {
        if (submitting(run)) {
            return submissions.whileSubmitting(run, false);
        }
        run.record().finish(DialogStatus.CANCELLED, clock.instant());
        save(run);
        return Reply.text(textOf(run, "dialog.cancelled", run.name()));
    }

    <S extends Record> Reply back(DialogRun<S> run) {
        if (submitting(run)) {
            return submissions.whileSubmitting(run, false);
        }
        List<Block> preface = run.back() ? List.of() : List.of(DialogRenderer.warning(textOf(run, "dialog.at.start")));
        return askNext(run, preface);
    }

    private static boolean submitting(DialogRun<?> run) {
        return run.record().status() == DialogStatus.SUBMITTING;
    }

    private <S extends Record> @Nullable Reply apply(DialogRun<S> run, Step<S> step, Answer answer, boolean declineRefused) {
        if (step.confirmation() && Confirmations.confirms(answer)) {
            return submissions.submit(run);
        }
        StepResult<S> result;
        try {
            result = run.accept(step, answer);
        } catch (PortalException e) {
            if (e.error() != PortalError.UNAVAILABLE && e.error() != PortalError.RATE_LIMITED) {
                throw e;
            }
            return retryLater(run, step);
        }
        if (declineRefused && result instanceof StepResult.Invalid<S>) {
            return null;
        }
        return outcome(run, step, result);
    }

    /** The portal is down: keep the dialog where it is and ask again when the prompt can be built. */
    private <S extends Record> Reply retryLater(DialogRun<S> run, Step<S> step) {
        List<Block> notice = List.of(DialogRenderer.warning(textOf(run, "dialog.portal.down", run.name())));
        try {
            return run.prompt(step, notice);
        } catch (PortalException e) {
            return new Reply(notice, Reply.Visibility.CONVERSATION);
        }
    }

    private <S extends Record> Reply outcome(DialogRun<S> run, Step<S> step, StepResult<S> result) {
        return switch (result) {
            case StepResult.Invalid<S>(String message) -> run.prompt(step, List.of(DialogRenderer.warning(message)));
            case StepResult.Done<S> _ -> submitted(run);
            case StepResult.Cancelled<S>(String message) -> cancelled(run, message);
            case StepResult.Next<S> _ -> askNext(run, List.of());
        };
    }

    private <S extends Record> Reply submitted(DialogRun<S> run) {
        run.record().finish(DialogStatus.SUBMITTED, clock.instant());
        save(run);
        return run.completed();
    }

    private <S extends Record> Reply cancelled(DialogRun<S> run, String message) {
        run.record().finish(DialogStatus.CANCELLED, clock.instant());
        save(run);
        return Reply.text(message);
    }

    /** Saves the turn's copy if nobody saved the dialog since it was read; else {@link DialogChanged}. */
    private <S extends Record> void save(DialogRun<S> run) {
        repository.saveChecked(run.changed(clock.instant()));
    }

    private static String textOf(DialogRun<?> run, String key, Object... values) {
        return run.messages().get(key, values);
    }
}
