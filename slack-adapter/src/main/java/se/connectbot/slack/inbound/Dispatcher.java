package se.connectbot.slack.inbound;

import java.time.Duration;
import java.util.Locale;
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
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.deliver.ReplyTarget;
import se.connectbot.slack.render.SlackText;

/**
 * Runs an interaction after Slack has its acknowledgement: claims it (a repeat stops here),
 * asks Slack what the payload did not say (locale, whose conversation), calls the core, and
 * delivers the reply. A core slower than {@code workingNoteDelay} first shows the user a
 * "working on it" note; a failing core or delivery is logged and told to the user, never
 * thrown. Thread-safe.
 */
final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final BotEngine engine;
    private final ReplyDelivery delivery;
    private final DeliveryClaims claims;
    private final UserDirectory directory;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Duration workingNoteDelay;

    Dispatcher(BotEngine engine, ReplyDelivery delivery, DeliveryClaims claims, UserDirectory directory,
               ExecutorService workers, ScheduledExecutorService timers, Duration workingNoteDelay) {
        this.engine = engine;
        this.delivery = delivery;
        this.claims = claims;
        this.directory = directory;
        this.workers = workers;
        this.timers = timers;
        this.workingNoteDelay = workingNoteDelay;
    }

    /** Queues the interaction; returns at once (the caller acknowledges Slack). */
    void dispatch(Interaction interaction) {
        submit(interaction, () -> handle(interaction));
    }

    /** Queues other work for an interaction (opening a stored form) on the same workers. */
    void submit(Interaction interaction, Runnable work) {
        try {
            workers.execute(() -> runContained(interaction, work));
        } catch (RejectedExecutionException e) {
            log.warn("Too busy to handle {}", interaction);
            timers.execute(() -> runContained(interaction, () -> delivery.note(SlackText.BUSY, target(interaction, true), null)));
        }
    }

    private void handle(Interaction interaction) {
        for (Interaction.Claim claim : interaction.claims()) {
            if (!claims.claim(claim.key(), claim.window())) {
                log.info("Ignoring a repeat of {} (claim {} taken)", interaction, claim.key());
                return;
            }
        }
        UserDirectory.Profile profile = directory.profile(interaction.botToken(), interaction.teamId(), interaction.userId());
        Locale locale = profile.locale();
        ReplyTarget target = target(interaction, shared(interaction));
        Inbound inbound = new Inbound(interaction.deliveryId(),
                new ChatUser(Platform.SLACK, interaction.teamId(), interaction.userId()),
                new ConversationRef(Platform.SLACK, interaction.teamId(), interaction.channelId(), target.shared()),
                locale, interaction.payload(),
                new DisplayNames(profile.name(), directory.workspaceName(interaction.botToken(), interaction.teamId())));
        Reply reply = answer(inbound, target, locale);
        try {
            delivery.deliver(reply, target, locale);
        } catch (RuntimeException e) {
            log.error("Could not deliver the reply to {}", interaction, e);
            delivery.note(SlackText.FAILED, target, locale);
        }
        if (failed(reply)) {
            releaseShortClaims(interaction);
        }
    }

    /**
     * The answer said it failed ("the portal is not answering, try again"): the user may click
     * the same button again at once, which the click's short claim would otherwise ignore as a
     * double click. The delivery's own claim stays: a retry of this very delivery still runs once.
     */
    private void releaseShortClaims(Interaction interaction) {
        interaction.claims().stream()
                .filter(claim -> claim.window().compareTo(DeliveryClaims.RETRY_WINDOW) < 0)
                .forEach(claim -> claims.release(claim.key()));
    }

    private static boolean failed(Reply reply) {
        return reply.blocks().stream().anyMatch(b -> b instanceof Block.Text text && text.tone() == Block.Tone.ERROR);
    }

    private Reply answer(Inbound inbound, ReplyTarget target, @Nullable Locale locale) {
        ScheduledFuture<?> note = timers.schedule(() -> delivery.note(SlackText.WORKING, target, locale),
                workingNoteDelay.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return engine.handle(inbound);
        } catch (RuntimeException e) {
            log.error("The core failed on delivery {}", inbound.deliveryId(), e);
            return Reply.of(new Block.Text(SlackText.FAILED.in(locale), Block.Tone.ERROR)).privately();
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

    private boolean shared(Interaction interaction) {
        return switch (interaction.sharing()) {
            case SHARED -> true;
            case PRIVATE -> false;
            case ASK -> directory.shared(interaction.botToken(), interaction.teamId(), interaction.channelId(), interaction.userId());
        };
    }

    private static ReplyTarget target(Interaction i, boolean shared) {
        return new ReplyTarget(i.enterpriseId(), i.teamId(), i.botToken(), i.channelId(), i.userId(), shared,
                i.responseUrl(), i.triggerId(), i.threadTs());
    }

    private static void runContained(Interaction interaction, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Handling {} failed", interaction, e);
        }
    }
}
