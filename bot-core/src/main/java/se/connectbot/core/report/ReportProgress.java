package se.connectbot.core.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * One message that tells how far a long report has come, posted once more than one slice is
 * needed and then updated in place (at most every {@link #EVERY}), through the core's
 * {@link Outbound}: into the conversation where it is the asker's own, else to the asker
 * privately, so a shared channel never sees someone's report; in the language the asker is
 * answered in. Best effort: a platform that cannot post or update leaves the report to arrive
 * without it. One per report; not thread-safe.
 */
final class ReportProgress implements ReportBuilder.Progress {

    static final Duration EVERY = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

    private final Outbound outbound;
    private final CommandRequest request;
    private final String title;
    private final Clock clock;
    private @Nullable MessageRef message;
    private @Nullable Instant shown;
    private boolean broken;

    ReportProgress(Outbound outbound, CommandRequest request, String title, Clock clock) {
        this.outbound = outbound;
        this.request = request;
        this.title = title;
        this.clock = clock;
        this.broken = !outbound.reaches(request.user().platform());
    }

    @Override
    public void written(int rows, boolean more) {
        Instant now = clock.instant();
        if (!more || broken || (shown != null && now.isBefore(shown.plus(EVERY)))) {
            return;
        }
        show(Block.text(request.text("report.progress", title, request.formats().integer(rows))));
        shown = now;
    }

    /** The last word in the progress message, when there was one: done, or failed. */
    void done(int rows) {
        if (message != null) {
            show(new Block.Text(request.text("report.progress.done", title, request.formats().integer(rows)), Block.Tone.SUCCESS));
        }
    }

    void failed() {
        if (message != null) {
            show(new Block.Text(request.text("report.progress.failed", title), Block.Tone.ERROR));
        }
    }

    private void show(Block.Text text) {
        Reply reply = Reply.of(text);
        try {
            if (message == null) {
                message = request.conversation().shared() ? outbound.sendPrivately(request.user(), reply)
                        : outbound.post(request.conversation(), reply, request.language());
            } else {
                outbound.update(message, reply, request.language());
            }
        } catch (OutboundException | IllegalArgumentException e) {
            broken = true;
            log.warn("Could not show a report's progress to {}: {}", request.user(), e.toString());
        }
    }
}
