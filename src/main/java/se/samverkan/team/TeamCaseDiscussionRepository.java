package se.samverkan.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamCaseDiscussionRepository extends JpaRepository<TeamCaseDiscussion, Long> {

    List<TeamCaseDiscussion> findByTeamMeetingIdOrderById(Long teamMeetingId);

    /** Discussions of cases that were not to be followed up: those cases are settled. */
    List<TeamCaseDiscussion> findByFollowUpNeededFalseAndTeamCaseIdIn(List<Long> teamCaseIds);

    long countByFollowUpNeededTrueAndTeamCaseIdIn(List<Long> teamCaseIds);
}
