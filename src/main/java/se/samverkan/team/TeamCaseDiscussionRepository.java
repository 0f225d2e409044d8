package se.samverkan.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamCaseDiscussionRepository extends JpaRepository<TeamCaseDiscussion, Long> {

    List<TeamCaseDiscussion> findByTeamMeetingIdOrderById(Long teamMeetingId);

    long countByFollowUpNeededTrueAndTeamCaseIdIn(List<Long> teamCaseIds);
}
