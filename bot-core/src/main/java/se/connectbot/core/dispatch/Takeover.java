package se.connectbot.core.dispatch;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes work that an instance accepted and did not finish (it died between the acknowledgement
 * and the answer): claims such rows of {@code accepted_work} (see {@link TakeoverProperties}), has
 * the platform's adapter rebuild the turn ({@link ResumableSenders}) and runs it through the
 * dispatch on this instance; past {@code max-attempts} it gives the work up, logs it and tells the
 * user, as far as that still works. Not scheduled here: the application runs {@link #run()}
 * periodically; running on several instances at once is safe (each row goes to one of them).
 * Thread-safe.
 */
public final class Takeover {

    private static final Logger log = LoggerFactory.getLogger(Takeover.class);

    private final AcceptedWork work;
    private final ResumableSenders senders;
    private final InboundDispatch dispatch;
    private final TakeoverProperties properties;

    Takeover(AcceptedWork work, ResumableSenders senders, InboundDispatch dispatch, TakeoverProperties properties) {
        this.work = work;
        this.senders = senders;
        this.dispatch = dispatch;
        this.properties = properties;
    }

    /** Takes over what is due; answers how many rows it took (resumed or given up). */
    public int run() {
        List<AcceptedWork.Taken> taken = work.takeOver(properties.after(), properties.startedAfter(), properties.batch());
        taken.forEach(this::contained);
        return taken.size();
    }

    /** One row that fails to resume stays for the next run (its attempt counted); the others go on. */
    private void contained(AcceptedWork.Taken taken) {
        try {
            if (taken.attempts() > properties.maxAttempts()) {
                giveUp(taken);
            } else {
                resume(taken);
            }
        } catch (RuntimeException e) {
            log.warn("Could not resume {}; it is tried again later: {}", taken, e.toString());
        }
    }

    private void resume(AcceptedWork.Taken taken) {
        ResumableSenders.Resumed turn = turn(taken).orElseThrow(
                () -> new IllegalStateException("no resumable sender for " + taken.user().platform() + " on this instance"));
        log.info("Taking over {}", taken);
        dispatch.resume(taken.id(), new Arrival(taken.deliveryId(), taken.user(), null, turn.inbound()), turn.sender(),
                turn.work());
    }

    private void giveUp(AcceptedWork.Taken taken) {
        work.gaveUp(taken.id());
        log.error("Giving up {} after {} attempts: the user gets no answer", taken, properties.maxAttempts());
        try {
            turn(taken).ifPresent(turn -> dispatch.failed(taken.user(), turn.sender()));
        } catch (RuntimeException e) {
            log.warn("Could not tell the user of {} that it failed: {}", taken, e.toString());
        }
    }

    private Optional<ResumableSenders.Resumed> turn(AcceptedWork.Taken taken) {
        return senders.forPlatform(taken.user().platform()).map(factory -> factory.resume(work.open(taken)));
    }
}
