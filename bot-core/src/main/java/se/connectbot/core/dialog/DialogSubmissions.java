package se.connectbot.core.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * A dialog's one portal write, made safe to repeat. Before the write the dialog is saved
 * SUBMITTING (the turn's only save before the network, in its own short transaction), which
 * fixes the write's body: the portal answers a reused Idempotency-Key with another body with 409,
 * so back, another choice or a form must not change it while the write may have happened.
 * After the write the dialog is saved SUBMITTED with the result. Any later turn while it is
 * SUBMITTING either waits for the running attempt or sends the very same write again, which the
 * portal answers with the same result. Thread-safe.
 */
@Component
class DialogSubmissions {

    private final DialogRepository repository;
    private final Clock clock;
    private final DialogProperties properties;

    DialogSubmissions(DialogRepository repository, Clock clock, DialogProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.properties = properties;
    }

    /** The user confirmed: the first attempt at the write. */
    <S extends Record> Reply submit(DialogRun<S> run) {
        return attempt(run, List.of(), true);
    }

    /**
     * Any turn of a dialog whose write may be under way. Back, cancel, another choice or a form
     * wait while an attempt runs; once none runs (it failed without an answer, or its process died
     * and {@code submitTimeout} passed) they send the same write again, as a repeated confirm
     * always does: the same key gives the same result, never a second order. A confirm during a
     * running attempt joins it (the same call, but no attempt of its own), so that repeated clicks
     * do not keep taking the attempt from each other.
     */
    <S extends Record> Reply whileSubmitting(DialogRun<S> run, boolean confirms) {
        boolean running = run.record().attemptRunning(properties.submitTimeout(), clock.instant());
        if (running && !confirms) {
            return Reply.of(DialogRenderer.warning(run.messages().get("dialog.submitting.wait", run.name())));
        }
        List<Block> preface = confirms ? List.of()
                : List.of(DialogRenderer.warning(run.messages().get("dialog.submitting.fixed", run.name())));
        return attempt(run, preface, !running);
    }

    /**
     * One call of the write. {@code own}: this turn's own attempt, saved SUBMITTING first, so a turn
     * racing it loses there and reads again; else it joins the running attempt and saves only a result.
     */
    private <S extends Record> Reply attempt(DialogRun<S> run, List<Block> preface, boolean own) {
        Step<S> step = run.confirmation();
        if (own) {
            run.record().submitting(clock.instant());
            save(run);
        }
        StepResult<S> result;
        try {
            result = run.accept(step, Answer.pick(Confirmations.CONFIRM));
        } catch (PortalException e) {
            return failed(run, step, e, own);
        } catch (RuntimeException e) {
            if (own) {
                endAttempt(run);
            }
            throw e;
        }
        if (!(result instanceof StepResult.Done<S>)) {
            run.record().reopen(clock.instant());
            save(run);
            throw new IllegalStateException("the confirmation of dialog " + run.definition().type()
                    + " neither finished it nor failed: " + result);
        }
        run.record().finish(DialogStatus.SUBMITTED, clock.instant());
        save(run);
        return withPreface(preface, run.completed());
    }

    /**
     * A refusal (sign-in, rights, input) means nothing was written: the dialog takes answers again.
     * Anything else may have been written: the dialog stays SUBMITTING, with no attempt running.
     * A joining turn leaves both to the attempt it joined.
     */
    private <S extends Record> Reply failed(DialogRun<S> run, Step<S> step, PortalException e, boolean own) {
        boolean refused = refused(e.error());
        if (own && refused) {
            run.record().reopen(clock.instant());
            save(run);
        } else if (own) {
            endAttempt(run);
        }
        if (refused || e.error() != PortalError.UNAVAILABLE && e.error() != PortalError.RATE_LIMITED) {
            throw e;
        }
        List<Block> notice = List.of(DialogRenderer.warning(run.messages().get("dialog.submitting.unanswered", run.name())));
        try {
            return run.prompt(step, notice);
        } catch (PortalException again) {
            return new Reply(notice, Reply.Visibility.CONVERSATION);
        }
    }

    private <S extends Record> void endAttempt(DialogRun<S> run) {
        run.record().attemptEnded(clock.instant());
        save(run);
    }

    private <S extends Record> void save(DialogRun<S> run) {
        repository.saveChecked(run.changed(clock.instant()));
    }

    private static boolean refused(PortalError error) {
        return error == PortalError.NOT_SIGNED_IN || error == PortalError.FORBIDDEN || error == PortalError.NOT_FOUND
                || error == PortalError.INVALID_INPUT;
    }

    private static Reply withPreface(List<Block> preface, Reply reply) {
        if (preface.isEmpty()) {
            return reply;
        }
        List<Block> blocks = new ArrayList<>(preface);
        blocks.addAll(reply.blocks());
        return new Reply(blocks, reply.visibility());
    }
}
