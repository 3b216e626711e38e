package se.connectbot.sandbox.outage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.portal.api.Outage;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.idempotency.IdempotentWrites;
import se.connectbot.sandbox.web.ConflictException;
import se.connectbot.sandbox.web.InvalidInputException;
import se.connectbot.sandbox.web.NotFoundException;

/**
 * The operator's writes. Every change raises the outage's version, stamps {@code updatedAt}
 * and takes the next feed number, so the change feed hands it to pollers. Thread-safe.
 */
@Component
class OutageDesk {

    private final OutageRepository outages;
    private final IdempotentWrites idempotent;
    private final Clock clock;

    OutageDesk(OutageRepository outages, IdempotentWrites idempotent, Clock clock) {
        this.outages = outages;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    Idempotent<Outage> publish(String clientId, OutageBodies.NewOutageBody body, String idempotencyKey) {
        Instant now = clock.instant();
        Outage draft = new Outage("new", Objects.requireNonNull(body.title()).trim(), Objects.requireNonNull(body.description()),
                Objects.requireNonNull(body.kind()), OutageRules.networks(Objects.requireNonNull(body.networks())),
                Objects.requireNonNull(body.severity()),
                OutageRules.municipalities(Objects.requireNonNull(body.municipalities())),
                OutageRules.postcodes(Objects.requireNonNull(body.postcodes())),
                body.startedAt() == null ? now : body.startedAt(), body.expectedEnd(), null,
                Outage.OutageStatus.ACTIVE, List.of(), now, 1);
        OutageRules.check(draft);
        String request = IdempotentWrites.describe("publish-outage", draft.title(), draft.description(), draft.kind(),
                draft.networks(), draft.severity(), draft.municipalities(), draft.postcodes(), body.startedAt(), draft.expectedEnd());
        return idempotent.once(IdempotentWrites.clientCaller(clientId), idempotencyKey, request, () -> {
            String id = outages.nextId();
            outages.insert(withId(draft, id), outages.nextChangeSeq());
            return id;
        }, id -> outages.find(id).orElseThrow());
    }

    @Transactional
    Outage change(String outageId, OutageBodies.PatchBody patch) {
        if (patch.empty()) {
            throw InvalidInputException.of("body", "names nothing to change: set at least one field or an update text");
        }
        Outage current = outages.findForUpdate(outageId).orElseThrow(() -> new NotFoundException("Outage", outageId));
        if (current.status() == Outage.OutageStatus.RESOLVED) {
            throw new ConflictException("Outage " + outageId + " is resolved; it can no longer change");
        }
        Instant now = clock.instant();
        Outage changed = new Outage(outageId,
                patch.title() == null ? current.title() : patch.title().trim(),
                patch.description() == null ? current.description() : patch.description(),
                patch.kind() == null ? current.kind() : patch.kind(),
                patch.networks() == null ? current.networks() : OutageRules.networks(patch.networks()),
                patch.severity() == null ? current.severity() : patch.severity(),
                patch.municipalities() == null ? current.municipalities() : OutageRules.municipalities(patch.municipalities()),
                patch.postcodes() == null ? current.postcodes() : OutageRules.postcodes(patch.postcodes()),
                patch.startedAt() == null ? current.startedAt() : patch.startedAt(),
                patch.expectedEnd() == null ? current.expectedEnd() : patch.expectedEnd(),
                null, Outage.OutageStatus.ACTIVE, current.updates(), now, current.version() + 1);
        OutageRules.check(changed);
        save(changed, patch.update(), now);
        return outages.find(outageId).orElseThrow();
    }

    /** Resolves the outage; one already resolved stays as it is. */
    Idempotent<Outage> resolve(String clientId, String outageId, @Nullable String closingText, String idempotencyKey) {
        String request = IdempotentWrites.describe("resolve-outage", outageId, closingText);
        return idempotent.once(IdempotentWrites.clientCaller(clientId), idempotencyKey, request, () -> {
            Outage current = outages.findForUpdate(outageId).orElseThrow(() -> new NotFoundException("Outage", outageId));
            if (current.status() == Outage.OutageStatus.ACTIVE) {
                Instant now = clock.instant();
                save(new Outage(outageId, current.title(), current.description(), current.kind(), current.networks(),
                        current.severity(), current.municipalities(), current.postcodes(), current.startedAt(),
                        current.expectedEnd(), now, Outage.OutageStatus.RESOLVED, current.updates(), now,
                        current.version() + 1), closingText, now);
            }
            return outageId;
        }, id -> outages.find(id).orElseThrow());
    }

    private void save(Outage outage, @Nullable String updateText, Instant now) {
        outages.update(outage, outages.nextChangeSeq());
        if (updateText != null) {
            outages.addUpdate(outage.id(), now, updateText);
        }
    }

    private static Outage withId(Outage draft, String id) {
        return new Outage(id, draft.title(), draft.description(), draft.kind(), draft.networks(), draft.severity(),
                draft.municipalities(), draft.postcodes(), draft.startedAt(), draft.expectedEnd(), draft.resolvedAt(),
                draft.status(), draft.updates(), draft.updatedAt(), draft.version());
    }
}
