package se.connectbot.core.dispatch;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.engine.DeliveryLog;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Runs what a platform delivered after the adapter has acknowledged it, the same way for every
 * platform: claims the delivery in the core's {@link DeliveryLog} (a retry or a double click stops
 * here), builds the inbound, runs
 * the engine, and hands the answer to the adapter's {@link ReplySender}. An engine slower than
 * {@code connectbot.dispatch.working-note-delay} is preceded by a "working on it" note; a failing
 * engine or sender is logged and told to the user as a note; a failed answer gives its click
 * back, so the user may click again at once. Every note is in the user's language
 * ({@link UserLanguages}). {@link #dispatch} returns at once and never throws. Thread-safe.
 */
public final class InboundDispatch {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatch.class);

    private final BotEngine engine;
    private final UserLanguages languages;
    private final DeliveryLog deliveries;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final DispatchProperties properties;
    private final AcceptedWork accepted;
    private final Duration heartbeat;

    /**
     * @param heartbeat how often running accepted work says it is alive; well within
     *                  {@code connectbot.dispatch.takeover.started-after}, after which silent work is taken over
     */
    InboundDispatch(BotEngine engine, UserLanguages languages, DeliveryLog deliveries, AcceptedWork accepted, AdapterThreads threads,
                    DispatchProperties properties, Duration heartbeat) {
        this.engine = engine;
        this.languages = languages;
        this.deliveries = deliveries;
        this.accepted = accepted;
        this.workers = threads.workers();
        this.timers = threads.timers();
        this.properties = properties;
        this.heartbeat = heartbeat;
    }

    /** Queues the arrival on the workers; returns at once, so that the adapter can acknowledge. */
    public void dispatch(Arrival arrival, ReplySender sender) {
        execute(arrival, () -> handle(arrival, sender, true, null), () -> note(sender, language(arrival.user(), null), "dispatch.busy"));
    }

    /**
     * Records the arrival in PostgreSQL, then queues it on the workers, so that should this
     * instance die before the answer, another one finishes it ({@link Takeover}). Returns once the
     * record is written: call it before acknowledging. A retry of a recorded delivery adds no record.
     * With the database unreachable it queues the work all the same (in memory only, as before).
     */
    public void dispatch(Arrival arrival, ReplySender sender, Resumable resumable) {
        dispatchDurably(arrival, sender, resumable, null);
    }

    /**
     * An adapter's own work for a delivery in place of the engine's turn (uploading a file the
     * person agreed to receive), with the guarantees of {@link #dispatch(Arrival, ReplySender, Resumable)}:
     * recorded before the acknowledgement, claimed so that a redelivery runs nothing, finished by
     * the takeover should this instance die (the adapter's {@link ResumableSenders.Factory} gives
     * the work back as {@link ResumableSenders.Resumed#work()}). Work that throws is logged and
     * told to the user as a failure, and counts as done. The arrival's inbound is never built.
     */
    public void dispatch(Arrival arrival, ReplySender sender, Resumable resumable, Runnable work) {
        dispatchDurably(arrival, sender, resumable, work);
    }

    private void dispatchDurably(Arrival arrival, ReplySender sender, Resumable resumable, @Nullable Runnable work) {
        Optional<Long> id = record(arrival, resumable);
        if (id.isEmpty()) {
            execute(arrival, () -> handle(arrival, sender, true, work), () -> note(sender, language(arrival.user(), null), "dispatch.busy"));
            return;
        }
        long row = id.get();
        // finished only when handled: work that throws (Slack not answering users.info) or whose thread dies is taken over later
        execute(arrival, () -> {
            if (!accepted.started(row)) {
                log.info("{} waited here for a turn and was taken over by another instance meanwhile", arrival);
                return;
            }
            whileAlive(row, () -> handle(arrival, sender, true, work));
            accepted.finished(row);
        }, () -> {
            // told "too busy, try again": a takeover answering later as well would be one answer too many
            accepted.finished(row);
            note(sender, language(arrival.user(), null), "dispatch.busy");
        });
    }

    /**
     * Runs again, on this instance, work that another accepted and did not finish. Its claims were
     * the first run's own, so it bypasses them; the engine's start in the delivery log answers a
     * delivery that was in fact answered with its stored answer, so nothing is done twice.
     */
    void resume(long row, Arrival arrival, ReplySender sender, @Nullable Runnable work) {
        execute(arrival, () -> {
            whileAlive(row, () -> handle(arrival, sender, false, work));
            accepted.finished(row);
        }, () -> log.warn("Too busy to resume {}; another takeover will", arrival));
    }

    /**
     * Runs accepted work, saying every {@code heartbeat} that it is alive, so that a long turn (a
     * large report) is not taken over and run a second time while this instance still runs it.
     * The beat writes on a virtual thread of its own: the timers are for the notes.
     */
    private void whileAlive(long row, Runnable work) {
        long every = heartbeat.toMillis();
        ScheduledFuture<?> beat = timers.scheduleAtFixedRate(() -> Thread.ofVirtual().start(
                () -> contained("the heartbeat of accepted work " + row, () -> accepted.alive(row))), every, every, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            beat.cancel(false);
        }
    }

    /** Tells the user of work given up that it failed; best effort. */
    void failed(ChatUser user, ReplySender sender) {
        note(sender, language(user, null), "dispatch.failed");
    }

    private Optional<Long> record(Arrival arrival, Resumable resumable) {
        try {
            return accepted.accept(arrival, resumable);
        } catch (RuntimeException e) {
            log.warn("Could not record {} as accepted; it lives in this instance's memory only: {}", arrival, e.toString());
            return Optional.empty();
        }
    }

    /** Other work for a user on the same workers (an adapter's own, such as opening a stored form). */
    public void run(ChatUser user, Runnable work, ReplySender sender) {
        execute(user, work, () -> note(sender, language(user, null), "dispatch.busy"));
    }

    /** Work that answers nobody (recording an uninstall); too busy, it is logged and dropped. */
    public void run(String what, Runnable work) {
        execute(what, work, () -> log.error("Too busy to do {}; it is dropped", what));
    }

    /** The language the dispatch speaks to this user, for an adapter's own words about the same inbound. */
    public Language language(ChatUser user, @Nullable Locale platformLocale) {
        try {
            return languages.resolve(user, platformLocale);
        } catch (RuntimeException e) {
            log.warn("Could not read the language of {}: {}", user, e.toString());
            return Language.of(platformLocale).orElse(Language.DEFAULT);
        }
    }

    private void execute(Object what, Runnable work, Runnable whenBusy) {
        try {
            workers.execute(() -> contained(what, work));
        } catch (RejectedExecutionException e) {
            log.warn("Too busy to handle {}", what);
            timers.execute(() -> contained(what, whenBusy));
        }
    }

    private void handle(Arrival arrival, ReplySender sender, boolean claiming, @Nullable Runnable work) {
        if (claiming && !claimed(arrival)) {
            return;
        }
        if (work != null) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("An adapter's work for {} failed", arrival, e);
                note(sender, language(arrival.user(), null), "dispatch.failed");
            }
            return;
        }
        Inbound inbound = arrival.inbound().get();
        Reply reply = answer(inbound, language(inbound.user(), inbound.locale()), sender);
        // again: the answer may have changed it ("språk engelska" is answered in English)
        Language language = language(inbound.user(), inbound.locale());
        try {
            sender.send(reply, language, ReplySender.Kind.ANSWER);
        } catch (RuntimeException e) {
            log.error("Could not deliver the answer to {}", arrival, e);
            note(sender, language, "dispatch.failed");
        }
        Arrival.Click click = arrival.click();
        if (click != null && failed(reply)) {
            // the answer said it failed ("the portal is not answering"): a click again is deliberate, not double;
            // the delivery's own claim stays, so a retry of this very delivery still runs once
            deliveries.releaseClick(arrival.user(), click.key());
        }
    }

    private boolean claimed(Arrival arrival) {
        if (!deliveries.claim(arrival.user(), arrival.deliveryId())) {
            log.info("Ignoring a repeat of {}", arrival);
            return false;
        }
        Arrival.Click click = arrival.click();
        if (click != null && !deliveries.claimClick(arrival.user(), click.key())) {
            log.info("Ignoring a double click: {}", arrival);
            return false;
        }
        return true;
    }

    private Reply answer(Inbound inbound, Language language, ReplySender sender) {
        ScheduledFuture<?> note = timers.schedule(() -> contained(inbound.deliveryId(), () -> note(sender, language, "dispatch.working")),
                properties.workingNoteDelay().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return engine.handle(inbound);
        } catch (RuntimeException e) {
            log.error("The core failed on delivery {}", inbound.deliveryId(), e);
            return Reply.of(new Block.Text(Messages.of(language).get("dispatch.failed"), Block.Tone.ERROR)).privately();
        } finally {
            awaitNoteIfStarted(note);
        }
    }

    /** The note must not arrive after the answer: cancel it, or wait until it is out. */
    private static void awaitNoteIfStarted(ScheduledFuture<?> note) {
        if (note.cancel(false)) {
            return;
        }
        try {
            note.get(10, TimeUnit.SECONDS);
        } catch (CancellationException | ExecutionException | TimeoutException e) {
            log.debug("The working note did not complete: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void note(ReplySender sender, Language language, String key) {
        sender.send(Reply.text(Messages.of(language).get(key)).privately(), language, ReplySender.Kind.NOTE);
    }

    private static boolean failed(Reply reply) {
        return reply.blocks().stream().anyMatch(b -> b instanceof Block.Text text && text.tone() == Block.Tone.ERROR);
    }

    private static void contained(Object what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Handling {} failed", what, e);
        }
    }
}
