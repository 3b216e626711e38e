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
            and delivery_id = :deliveryId and reply is null and received_at < :staleBefore""")
    int takeOver(String platform, String workspaceId, String deliveryId, Instant now, Instant staleBefore);

    @Modifying
    @Query(nativeQuery = true, value = """
            update delivery set reply = :reply where platform = :platform and workspace_id = :workspaceId
            and delivery_id = :deliveryId""")
    int answer(String platform, String workspaceId, String deliveryId, String reply);

    @Modifying
    @Query("delete from Delivery d where d.receivedAt < :before")
    int deleteReceivedBefore(Instant before);
}
