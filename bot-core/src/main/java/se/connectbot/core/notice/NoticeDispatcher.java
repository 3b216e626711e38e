package se.connectbot.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.portal.api.Outage;

/**
 * Delivers the outbox through {@link Outbound}: claims due rows, and works through each
 * conversation's rows on a virtual thread of its own, so a slow or failing conversation holds up
 * no other. Per outage and conversation it posts the card once and stores the message's
 * reference; a later change updates that message in place and adds a line in its thread; a row
 * whose change the conversation already shows does nothing. So delivery is at least once and
 * idempotent. The one window a crash could open — the platform took a post, and its reference was
 * not yet stored — is closed where the platform can read its posts back: before a card's first post
 * an attempt is committed with a marker the post is tagged with, and a retry that finds the attempt
 * asks the platform ({@link Outbound#findPosted}) for the tagged post before posting: found, it is
 * stored and updated in place. A platform that cannot tell (Teams, the web chat) gets it posted
 * again: at least once there, at most one post per conversation in flight, so at most a claimed
 * batch per instance.
 *
 * <p>A conversation the bot cannot post to any more (no access, gone) pauses its subscription
 * after {@code connectbot.outages.failure-threshold} tries, and its owner is told privately.
 * Quiet hours hold a notice back until they end (a critical outage may pass); waiting changes of
 * one outage are then shown as one update.
 *
 * <p>Everything posted to a conversation — cards, their updates and thread lines, re-renders,
 * digests, the loss of an owner — speaks the conversation's language: that of its newest active
 * subscription ({@code SubscriptionStore.languageOf}), read at each delivery; the platform's own
 * words around them (a split post's "part 2 of 3") too, as each post carries that language. The owner's private
 * note speaks the owner's chosen language, else the one the subscription was made or taken over
 * in. Thread-safe.
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /**
     * A wait for the pacer longer than this gives the row back rather than holding it (and the
     * conversation's later rows) meanwhile. The lease is renewed while the row waits, so a wait may
     * outlast it: before the heartbeat a wait was also capped at a third of the lease, or another
     * instance took the waiting row and posted it as well.
     */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);
    private static final int MAX_BATCHES = 50;
    /** How far before an attempt a tagged post is looked for (clocks of the bot and the platform differ a little). */
    private static final Duration ATTEMPT_MARGIN = Duration.ofMinutes(5);
    /** How long a held notice waits before it looks again whether the digest another delivery is showing went out. */
    private static final Duration DIGEST_WAIT = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final SubscriptionStore subscriptions;
    private final Outbound outbound;
    private final NoticeProperties settings;
    private final UserLanguages languages;
    private final Clock clock;
    private final DeliveryPacer pacer = new DeliveryPacer();

    NoticeDispatcher(Outbox outbox, SubscriptionStore subscriptions, Outbound outbound, NoticeProperties settings,
                     UserLanguages languages, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.outbound = outbound;
        this.settings = settings;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * Delivers what is due, batch after batch until none is left (or many batches ran); how many
     * rows were done. The rows are claimed under the token of a {@link LeaseHeartbeat} that renews
     * their lease until the drain returns.
     */
    public int drain() {
        try (LeaseHeartbeat heartbeat = LeaseHeartbeat.start(outbox, settings.lease())) {
            int done = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<OutboxRow> claimed = outbox.claim(settings.batch(), settings.lease(), heartbeat.holder());
                if (claimed.isEmpty()) {
                    break;
                }
                done += deliver(claimed);
            }
            return done;
        }
    }

    private int deliver(List<OutboxRow> claimed) {
        Map<ConversationRef, List<OutboxRow>> byConversation = new LinkedHashMap<>();
        claimed.forEach(row -> byConversation.computeIfAbsent(row.conversation(), k -> new ArrayList<>()).add(row));
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            byConversation.values().forEach(rows -> threads.execute(() -> done.addAndGet(conversation(rows))));
        }
        return done.get();
    }

    /** One conversation's rows, in order; stops at the first the platform says to wait for, giving the rest back. */
    private int conversation(List<OutboxRow> rows) {
        int done = 0;
        for (int i = 0; i < rows.size(); i++) {
            Optional<Instant> waitUntil = attempt(rows.get(i));
            if (waitUntil.isPresent()) {
                rows.subList(i + 1, rows.size()).forEach(r -> outbox.later(r, waitUntil.get(), false));
                break;
            }
            done++;
        }
        return done;
    }

    /** Tries one row; present when the conversation must wait until then. Never throws. */
    private Optional<Instant> attempt(OutboxRow row) {
        try {
            return handle(row);
        } catch (OutboundException e) {
            return failed(row, e);
        } catch (RuntimeException e) {
            log.warn("Outage notice {} (outbox row {}) failed; will retry", row.outageId(), row.id(), e);
            outbox.later(row, clock.instant().plus(backoff(row.attempts())), true);
            return Optional.empty();
        }
    }

    private Optional<Instant> handle(OutboxRow row) {
        Optional<Subscription> found = subscriptions.find(row.subscriptionId());
        if (found.isEmpty() || (row.kind().equals("NOTICE") && found.get().state() != Subscription.State.ACTIVE)) {
            outbox.done(row);
            return Optional.empty();
        }
        Subscription subscription = found.get();
        if (row.kind().equals("ORPHANED")) {
            if (subscription.state() != Subscription.State.ORPHANED) {
                outbox.done(row); // taken over (or ended) before the conversation was told: nothing to tell
                return Optional.empty();
            }
            pace(subscription.conversation());
            Messages messages = messagesFor(subscription.conversation());
            outbound.post(subscription.conversation(), OwnerNotices.orphaned(subscription, messages), messages.language());
            outbox.done(row);
            return Optional.empty();
        }
        NoticePayload payload = java.util.Objects.requireNonNull(row.payload(), "a notice row carries its outage");
        Instant now = clock.instant();
        QuietHours quiet = subscription.quiet();
        if (quiet != null && quiet.isQuiet(now) && !(quiet.criticalPasses() && payload.outage().severity() == Outage.Severity.CRITICAL)) {
            outbox.hold(row, quiet.endAfter(now));
            return Optional.empty();
        }
        if (row.held() && !digest(subscription, row.holder())) {
            outbox.later(row, now.plus(DIGEST_WAIT), false); // the digest comes first: another delivery is showing it
            return Optional.empty();
        }
        if (row.kind().equals("EXPIRED")) {
            rerender(row, subscription, payload);
            return Optional.empty();
        }
        if (outbox.superseded(row)) {
            outbox.done(row);
            return Optional.empty();
        }
        show(row, subscription, payload);
        subscriptions.succeeded(subscription.id());
        return Optional.empty();
    }

    private void show(OutboxRow row, Subscription subscription, NoticePayload payload) {
        Optional<Outbox.Notice> notice = outbox.notice(row.conversation(), row.outageId());
        if (notice.isPresent() && notice.get().version() >= row.version()) {
            outbox.done(row); // the conversation shows this change already (another subscription there, or a retry)
            return;
        }
        Messages messages = messagesFor(subscription.conversation());
        NoticePayload shown = payload;
        pace(subscription.conversation());
        MessageRef message;
        if (notice.isEmpty()) {
            message = firstPost(row, subscription, NoticeCards.card(shown, messages, clock.instant()), messages.language());
        } else {
            message = notice.get().message();
            try {
                outbound.update(message, NoticeCards.card(shown, messages, clock.instant()), messages.language());
            } catch (OutboundException e) {
                if (e.error() != OutboundError.CONVERSATION_GONE) {
                    throw e;
                }
                // someone deleted the card, not the channel: post it anew (a gone channel fails here as well)
                pace(subscription.conversation());
                outbox.delivered(row, firstPost(row, subscription, NoticeCards.card(shown, messages, clock.instant()), messages.language()),
                        shown);
                return;
            }
            pace(subscription.conversation());
            outbound.replyInThread(message, NoticeCards.threadLine(shown, notice.get().updatesShown(), messages), messages.language());
        }
        outbox.delivered(row, message, shown);
    }

    /**
     * The card's first post to the conversation, made at most once as the conversation sees it
     * where the platform can read its posts back: a post an earlier try began is looked for first
     * (found: brought up to date in place, not posted again); else an attempt is committed and the
     * post tagged with its marker.
     */
    private MessageRef firstPost(OutboxRow row, Subscription subscription, se.connectbot.core.reply.Reply card, Language language) {
        ConversationRef to = subscription.conversation();
        Optional<Outbox.Attempt> earlier = outbox.attempt(row.conversation(), row.outageId());
        if (earlier.isPresent()) {
            Optional<MessageRef> found = outbound.findPosted(to, earlier.get().marker(), earlier.get().at().minus(ATTEMPT_MARGIN));
            if (found.isPresent()) {
                log.info("Outage notice {} to {} was posted by an earlier try ({}); updated, not posted again",
                        row.outageId(), DeliveryPacer.key(to), found.get().messageId());
                pace(to);
                outbound.update(found.get(), card, language);
                return found.get();
            }
        }
        Outbox.Attempt attempt = earlier.orElseGet(() -> outbox.attempting(row.conversation(), row.outageId()));
        return outbound.post(to, card, attempt.marker(), language);
    }

    /**
     * After quiet hours: one message saying what happened meanwhile, when more than one outage
     * waited. Taken with a lease the drain's heartbeat renews and posted with no transaction open (a
     * connection and row locks held over the platform's network would drain the pool); given back
     * for the retry if its post fails, and by its lease running out if this instance dies. False
     * when another delivery is showing it now: the caller's notice must wait for it.
     */
    private boolean digest(Subscription subscription, String holder) {
        Optional<Outbox.Digest> taken = outbox.takeHeld(subscription.id(), settings.lease(), holder);
        if (taken.isEmpty()) {
            return !outbox.digesting(subscription.id());
        }
        List<NoticePayload> held = taken.get().latest();
        try {
            if (held.size() > 1) {
                pace(subscription.conversation());
                Messages messages = messagesFor(subscription.conversation());
                outbound.post(subscription.conversation(), NoticeCards.digest(held, messages), messages.language());
            }
        } catch (RuntimeException e) {
            outbox.digestFailed(taken.get());
            throw e;
        }
        outbox.digestShown(taken.get());
        return true;
    }

    /** The card again as it was, now saying its expected end has passed; nothing when a newer change is shown. */
    private void rerender(OutboxRow row, Subscription subscription, NoticePayload payload) {
        Optional<Outbox.Notice> notice = outbox.notice(row.conversation(), row.outageId());
        if (notice.isPresent() && notice.get().version() == row.version()) {
            pace(subscription.conversation());
            Messages messages = messagesFor(subscription.conversation());
            outbound.update(notice.get().message(), NoticeCards.card(payload, messages, clock.instant()), messages.language());
        }
        outbox.done(row);
    }

    private Messages messagesFor(ConversationRef conversation) {
        return Messages.of(subscriptions.languageOf(conversation));
    }

    private void pace(ConversationRef conversation) {
        pacer.await(conversation, clock.instant(), LONGEST_WAIT);
    }

    private Optional<Instant> failed(OutboxRow row, OutboundException e) {
        Instant now = clock.instant();
        switch (e.error()) {
            case RATE_LIMITED -> {
                Instant until = now.plus(e.retryAfter().orElse(Duration.ofSeconds(1)));
                pacer.backOff(row.conversation(), until);
                outbox.later(row, until, false);
                return Optional.of(until);
            }
            case NO_ACCESS, CONVERSATION_GONE -> {
                log.info("Outage notice to {} refused ({}): {}", DeliveryPacer.key(row.conversation()), e.error(), e.getMessage());
                if (subscriptions.failed(row.subscriptionId(), settings.failureThreshold())) {
                    outbox.dropAllOf(row.subscriptionId());
                    subscriptions.find(row.subscriptionId()).ifPresent(this::tellOwnerPaused);
                } else {
                    outbox.later(row, now.plus(backoff(row.attempts())), true);
                }
                return Optional.empty();
            }
            case MESSAGE_TOO_LARGE -> {
                log.error("Outage notice {} does not fit a message on {}; dropped", row.outageId(), row.conversation().platform(), e);
                outbox.done(row);
                return Optional.empty();
            }
            default -> {
                log.info("Outage notice {} not delivered yet ({}): {}", row.outageId(), e.error(), e.getMessage());
                outbox.later(row, now.plus(backoff(row.attempts())), true);
                return Optional.empty();
            }
        }
    }

    private void tellOwnerPaused(Subscription subscription) {
        try {
            // the owner's choice, else the language they last spoke to us in here: the subscription's
            Messages messages = Messages.of(languages.resolve(subscription.owner(), subscription.language().locale()));
            outbound.sendPrivately(subscription.owner(), OwnerNotices.paused(subscription, messages));
        } catch (OutboundException e) {
            log.info("Could not tell the owner of subscription {} that it is paused: {}", subscription.id(), e.error());
        }
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(Math.max(attempts, 1), 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
