package se.connectbot.core.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.ChatUser;

/**
 * Writes audit entries in a transaction of their own, so a failed action is still recorded even
 * when the work around it rolls back. Thread-safe.
 */
@Component
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        repository.save(new AuditEvent(entry, clock.instant()));
    }

    /** One chat user's entries, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(ChatUser user) {
        return repository.findByPlatformAndWorkspaceIdAndChatUserIdOrderByIdAsc(user.platform(), user.workspaceId(), user.userId())
                .stream().map(AuditEvent::entry).toList();
    }
}
