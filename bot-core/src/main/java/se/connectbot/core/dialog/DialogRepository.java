package se.connectbot.core.dialog;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.connectbot.core.chat.Platform;

interface DialogRepository extends JpaRepository<DialogRecord, UUID> {

    @Query("""
            select d from DialogRecord d where d.platform = :platform and d.workspaceId = :workspaceId
            and d.channelId = :channelId and d.userId = :userId and d.status = se.connectbot.core.dialog.DialogStatus.ACTIVE""")
    Optional<DialogRecord> findActive(Platform platform, String workspaceId, String channelId, String userId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select d from DialogRecord d where d.platform = :platform and d.workspaceId = :workspaceId
            and d.channelId = :channelId and d.userId = :userId and d.status = se.connectbot.core.dialog.DialogStatus.ACTIVE""")
    Optional<DialogRecord> findActiveForUpdate(Platform platform, String workspaceId, String channelId, String userId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DialogRecord d where d.id = :id")
    Optional<DialogRecord> findByIdForUpdate(UUID id);

    /**
     * Adds an active dialog unless the user already has one here (the unique index
     * {@code dialog_one_active}); 1 when added, 0 when another start got there first. A
     * conflicting start still in progress is waited for, so a 0 means its dialog is committed.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into dialog (id, platform, workspace_id, channel_id, user_id, type, state, trail, status, created_at, updated_at)
            values (:id, :platform, :workspaceId, :channelId, :userId, :type, :state, '', 'ACTIVE', :now, :now)
            on conflict do nothing""")
    int insertActive(UUID id, String platform, String workspaceId, String channelId, String userId, String type, String state,
            Instant now);

    /** Forgets finished dialogs (and abandoned active ones) last touched before {@code before}. */
    @Modifying
    @Query("delete from DialogRecord d where d.updatedAt < :before")
    int deleteTouchedBefore(Instant before);
}
