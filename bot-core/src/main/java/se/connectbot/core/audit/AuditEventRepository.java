package se.connectbot.core.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.connectbot.core.chat.Platform;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByPlatformAndWorkspaceIdAndChatUserIdOrderByIdAsc(Platform platform, String workspaceId, String chatUserId);
}
