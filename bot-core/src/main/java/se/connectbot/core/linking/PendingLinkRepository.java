package se.connectbot.core.linking;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingLinkRepository extends JpaRepository<PendingLink, String> {

    @Modifying
    @Query("delete from PendingLink p where p.expiresAt < :now")
    int deleteExpired(Instant now);
}
