package se.connectbot.core.dialog;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.Platform;

/**
 * The dialogs' rows. Every method is its own short transaction and none locks a row: a turn reads,
 * works (calling the portal) with no connection held, and writes back with {@link #saveIfVersion}.
 */
interface DialogRepository extends JpaRepository<DialogRecord, UUID> {

    /** The user's open dialog here (active, or submitting its write). */
    @Transactional(readOnly = true)
    @Query("""
            select d from DialogRecord d where d.platform = :platform and d.workspaceId = :workspaceId
            and d.channelId = :channelId and d.userId = :userId and d.status in (
                se.connectbot.core.dialog.DialogStatus.ACTIVE, se.connectbot.core.dialog.DialogStatus.SUBMITTING)""")
    Optional<DialogRecord> findOpen(Platform platform, String workspaceId, String channelId, String userId);

    /**
     * Adds an active dialog unless the user already has an open one here (the unique index
     * {@code dialog_one_open}); 1 when added, 0 when another start got there first. A
     * conflicting start still in progress is waited for, so a 0 means its dialog is committed.
     */
    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into dialog (id, platform, workspace_id, channel_id, user_id, type, state, trail, status, created_at, updated_at)
            values (:id, :platform, :workspaceId, :channelId, :userId, :type, :state, '', 'ACTIVE', :now, :now)
            on conflict do nothing""")
    int insertActive(UUID id, String platform, String workspaceId, String channelId, String userId, String type, String state,
            Instant now);

    /**
     * Writes a turn's result if the row is still at {@code version}; 0 when another turn saved
     * first. {@code attempting}: an attempt to submit begins {@code now} (a null instant would
     * reach PostgreSQL untyped, hence the flag).
     */
    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = """
            update dialog set state = :state, trail = :trail, status = :status,
            attempt_at = case when :attempting then cast(:now as timestamptz) end, updated_at = :now, version = version + 1
            where id = :id and version = :version""")
    int saveIfVersion(UUID id, long version, String state, String trail, String status, boolean attempting, Instant now);

    /** Forgets finished dialogs (and abandoned open ones) last touched before {@code before}. */
    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = "delete from dialog where updated_at < :before")
    int deleteTouchedBefore(Instant before);

    /**
     * Saves {@code record} as the turn changed it, if nobody saved the dialog since the turn read
     * it; else throws {@link DialogChanged} and nothing is written.
     */
    default void saveChecked(DialogRecord record) {
        int saved = saveIfVersion(record.id(), record.version(), record.state(), record.trailText(), record.status().name(),
                record.attemptAt() != null, record.updatedAt());
        if (saved == 0) {
            throw new DialogChanged(record);
        }
        record.saved();
    }
}
