package se.connectbot.core.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.connectbot.core.chat.Platform;

/** A chat user's own choice of language, which overrides the platform's locale. */
@Entity
@Table(name = "user_language")
class UserLanguage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserLanguage() {
    }

    UserLanguage(Platform platform, String workspaceId, String userId, Language language, Instant updatedAt) {
        this.platform = platform;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.language = language;
        this.updatedAt = updatedAt;
    }

    Language language() {
        return language;
    }

    void change(Language newLanguage, Instant at) {
        this.language = newLanguage;
        this.updatedAt = at;
    }
}
