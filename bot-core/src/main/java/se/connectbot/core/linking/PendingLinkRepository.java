package se.connectbot.core.linking;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingLinkRepository extends JpaRepository<PendingLink, String> {

    /**
     * The pending link under its row lock: of several requests taking the same sign-in at once,
     * one gets it and the others, once it is gone, find nothing (instead of failing on a stale
     * version at commit).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingLink p where p.state = :state")
    Optional<PendingLink> findForUpdate(String state);

    /** Exchanged sign-ins nobody confirmed in time, under their row locks: their tokens are to be revoked once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingLink p where p.expiresAt < :now and p.accessTokenEncrypted is not null")
    List<PendingLink> findExpiredExchangedForUpdate(Instant now);

    @Modifying
    @Query("delete from PendingLink p where p.expiresAt < :now")
    int deleteExpired(Instant now);
}
