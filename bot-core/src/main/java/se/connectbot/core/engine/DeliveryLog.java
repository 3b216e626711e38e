package se.connectbot.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Reply;

/**
 * Remembers handled deliveries per platform and workspace, so a retried delivery or a double
 * submit is handled once and answered the same way. Each call commits on its own, so a second
 * copy arriving while the first is being handled sees it at once. Thread-safe.
 */
@Component
class DeliveryLog {

    private final DeliveryRepository repository;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryLog(DeliveryRepository repository, DeliveryProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Empty when this call takes the delivery on; else what to answer the copy (possibly nothing yet). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Reply> claim(Inbound inbound) {
        Instant now = clock.instant();
        String platform = inbound.user().platform().name();
        String workspace = inbound.user().workspaceId();
        if (repository.claim(platform, workspace, inbound.deliveryId(), now) == 1
                || repository.takeOver(platform, workspace, inbound.deliveryId(), now, now.minus(properties.abandonedAfter())) == 1) {
            return Optional.empty();
        }
        return repository.findById(new Delivery.Key(platform, workspace, inbound.deliveryId()))
                .map(d -> d.reply() == null ? Reply.of() : ReplyCodec.read(d.reply()))
                .or(() -> Optional.of(Reply.of()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void answered(Inbound inbound, Reply reply) {
        repository.answer(inbound.user().platform().name(), inbound.user().workspaceId(), inbound.deliveryId(), ReplyCodec.write(reply));
    }

    @Transactional
    public int purge() {
        return repository.deleteReceivedBefore(clock.instant().minus(properties.keep()));
    }
}
