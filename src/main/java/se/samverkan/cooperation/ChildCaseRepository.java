package se.samverkan.cooperation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {

    Optional<ChildCase> findByCaseNumber(String caseNumber);

    Optional<ChildCase> findByProcessInstanceId(String processInstanceId);

    /** The cases these agencies take part in (see {@link CaseParties}), newest first. */
    @Query("""
            select c from ChildCase c where c.initiatingAgency in :agencies or c.coordinatingAgency in :agencies
              or c.id in (select m.caseId from CooperationMeeting m join m.invitations i where i.agencyCode in :agencies)
            order by c.createdAt desc""")
    List<ChildCase> findTakingPart(@Param("agencies") Collection<String> agencies);
}
