package se.connectbot.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Block;
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

    /**
     * Empty when this call takes the delivery on; else the copy is a repeat, with the stored
     * answer (files without their content) or, while the first copy is still being handled, none.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Repeat> claim(Inbound inbound) {
        Instant now = clock.instant();
        String platform = inbound.user().platform().name();
        String workspace = inbound.user().workspaceId();
        if (repository.claim(platform, workspace, inbound.deliveryId(), now) == 1
                || repository.takeOver(platform, workspace, inbound.deliveryId(), now, now.minus(properties.abandonedAfter())) == 1) {
            return Optional.empty();
        }
        return Optional.of(new Repeat(repository.findById(new Delivery.Key(platform, workspace, inbound.deliveryId()))
                .flatMap(d -> Optional.ofNullable(d.reply())).map(ReplyCodec::read)));
    }

    /** Stores the answer to repeat, without any file's content (a delivered invoice PDF is not kept in clear). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void answered(Inbound inbound, Reply reply) {
        repository.answer(inbound.user().platform().name(), inbound.user().workspaceId(), inbound.deliveryId(),
                ReplyCodec.write(withoutFileContent(reply)));
    }

    private static Reply withoutFileContent(Reply reply) {
        List<Block> blocks = reply.blocks().stream()
                .map(b -> b instanceof Block.Attachment a ? new Block.Attachment(a.fileName(), a.contentType(), new byte[0], a.title()) : b)
                .toList();
        return new Reply(blocks, reply.visibility());
    }

    /**
     * A repeated delivery: the stored answer, whose attachments have empty content (the file
     * went out with the first answer), or empty while the first copy is still being handled.
     */
    record Repeat(Optional<Reply> answer) {
    }

    @Transactional
    public int purge() {
        return repository.deleteReceivedBefore(clock.instant().minus(properties.keep()));
    }
}
