package se.samverkan.team;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamCaseRepository extends JpaRepository<TeamCase, Long> {

    List<TeamCase> findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(String teamCode);

    /** The cases due at or before a meeting (index team_case_team_meeting). */
    List<TeamCase> findByTeamCodeAndMeetingAtLessThanEqualOrderByMeetingAtAscRegisteredAtAsc(String teamCode,
            Instant meetingAt);
}
