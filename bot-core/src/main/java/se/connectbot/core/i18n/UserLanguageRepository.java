package se.connectbot.core.i18n;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.connectbot.core.chat.Platform;

interface UserLanguageRepository extends JpaRepository<UserLanguage, Long> {

    Optional<UserLanguage> findByPlatformAndWorkspaceIdAndUserId(Platform platform, String workspaceId, String userId);
}
