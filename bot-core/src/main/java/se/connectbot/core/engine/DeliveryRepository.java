package se.connectbot.core.engine;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Delivery.Key> {

    /** 1 when this call took the delivery on, 0 when it was known already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into delivery (platform, workspace_id, delivery_id, received_at)
            values (:platform, :workspaceId, :deliveryId, :now) on conflict do nothing""")
    int claim(String platform, String workspaceId, String deliveryId, Instant now);

    /** Takes over a delivery whose handler never finished (a crash), if it is still unanswered. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update delivery set received_at = :now where platform = :platform and workspace_id = :workspaceId
            and delivery_id = :deliveryId and answered_at is null and received_at < :staleBefore""")
    int takeOver(String platform, String workspaceId, String deliveryId, Instant now, Instant staleBefore);

    /** Marks the delivery answered, with the sealed reply to repeat. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update delivery set reply = :reply, replay = :replay, answered_at = :now where platform = :platform
            and workspace_id = :workspaceId and delivery_id = :deliveryId""")
    int answer(String platform, String workspaceId, String deliveryId, String reply, String replay, Instant now);

    /** Marks the delivery answered, keeping no reply. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update delivery set reply = null, replay = :replay, answered_at = :now where platform = :platform
            and workspace_id = :workspaceId and delivery_id = :deliveryId""")
    int answerKeepingNothing(String platform, String workspaceId, String deliveryId, String replay, Instant now);

    /** Forgets the replies answered before {@code before}; the rows stay, to recognise a repeat. */
    @Modifying
    @Query(nativeQuery = true, value = "update delivery set reply = null where reply is not null and answered_at < :before")
    int forgetRepliesAnsweredBefore(Instant before);

    @Modifying
    @Query("delete from Delivery d where d.receivedAt < :before")
    int deleteReceivedBefore(Instant before);
}
