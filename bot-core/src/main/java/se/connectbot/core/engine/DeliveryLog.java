package se.connectbot.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Remembers handled deliveries per platform and workspace, so a retried delivery or a double
 * submit is handled once and answered the same way. Each call commits on its own, so a second
 * copy arriving while the first is being handled sees it at once. Keeps only what a repeat
 * needs, for as long as it needs it: the reply sealed with the {@link TokenCipher} for the retry
 * window (a file in it is a reference to the file store, never its content), and no sign-in link
 * at all (a repeat gets a fresh one). Thread-safe.
 */
@Component
class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final DeliveryRepository repository;
    private final DeliveryProperties properties;
    private final TokenCipher cipher;
    private final Clock clock;

    DeliveryLog(DeliveryRepository repository, DeliveryProperties properties, TokenCipher cipher, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Empty when this call takes the delivery on; else the copy is a repeat, and how to answer it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Repeat> claim(Inbound inbound) {
        Instant now = clock.instant();
        String platform = inbound.user().platform().name();
        String workspace = inbound.user().workspaceId();
        if (repository.claim(platform, workspace, inbound.deliveryId(), now) == 1
                || repository.takeOver(platform, workspace, inbound.deliveryId(), now, now.minus(properties.abandonedAfter())) == 1) {
            return Optional.empty();
        }
        return Optional.of(repository.findById(new Delivery.Key(platform, workspace, inbound.deliveryId()))
                .map(d -> repeat(d, now))
                .orElse(new Repeat.InProgress()));
    }

    private Repeat repeat(Delivery delivery, Instant now) {
        Instant answeredAt = delivery.answeredAt();
        if (answeredAt == null) {
            return new Repeat.InProgress();
        }
        if (delivery.replay() == Replay.SIGN_IN) {
            return new Repeat.SignIn();
        }
        String sealed = delivery.reply();
        if (sealed == null || answeredAt.isBefore(now.minus(properties.keepReply()))) {
            return new Repeat.Forgotten();
        }
        try {
            return new Repeat.Answered(ReplyCodec.read(cipher.decrypt(sealed, delivery.context())));
        } catch (RuntimeException e) {
            // sealed with another key (changed since), or written by an older reply model: as good as forgotten
            log.warn("Could not open the stored answer to a delivery: {}", e.getMessage());
            return new Repeat.Forgotten();
        }
    }

    /**
     * Records the answer: sealed; or, for an answer holding a link, nothing but the mark that it
     * was a sign-in prompt.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void answered(Inbound inbound, Reply reply) {
        String platform = inbound.user().platform().name();
        String workspace = inbound.user().workspaceId();
        Instant now = clock.instant();
        if (holdsLink(reply)) {
            repository.answerKeepingNothing(platform, workspace, inbound.deliveryId(), Replay.SIGN_IN.name(), now);
            return;
        }
        String sealed = cipher.encrypt(ReplyCodec.write(reply), Delivery.context(platform, workspace, inbound.deliveryId()));
        repository.answer(platform, workspace, inbound.deliveryId(), sealed, Replay.STORED.name(), now);
    }

    /** The only link the core hands out is the sign-in link, whose state must rest nowhere. */
    private static boolean holdsLink(Reply reply) {
        return reply.blocks().stream().anyMatch(Block.Link.class::isInstance);
    }

    /** Forgets replies older than the retry window, then deliveries older than the de-duplication window. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return repository.forgetRepliesAnsweredBefore(now.minus(properties.keepReply()))
                + repository.deleteReceivedBefore(now.minus(properties.keep()));
    }

    /** A repeated delivery, and how to answer it. */
    sealed interface Repeat {

        /** The first copy is still being handled. */
        record InProgress() implements Repeat {
        }

        /** The stored answer (its files went out with the first answer). */
        record Answered(Reply reply) implements Repeat {
        }

        /** The answer was a sign-in prompt, whose link is not kept: answer with a fresh one. */
        record SignIn() implements Repeat {
        }

        /** Answered longer ago than answers are kept. */
        record Forgotten() implements Repeat {
        }
    }
}
