package se.connectbot.core.linking;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import se.connectbot.core.chat.Platform;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByPlatformAndWorkspaceIdAndUserId(Platform platform, String workspaceId, String userId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountLink l where l.platform = :platform and l.workspaceId = :workspaceId and l.userId = :userId")
    Optional<AccountLink> findForUpdate(Platform platform, String workspaceId, String userId);
}
