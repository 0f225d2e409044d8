package se.samverkan.cooperation;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /**
     * Records that an invitation's mail went out, committed at once in a transaction of its own. A mail cannot be
     * taken back: if the job's transaction rolls back after the send (the next mail fails, the node dies before
     * the commit), the retried job must skip what was already sent instead of sending it again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying
    @Query("update Invitation i set i.sentAt = :at where i.id = :id and i.sentAt is null")
    int recordSent(@Param("id") Long id, @Param("at") Instant at);
}
