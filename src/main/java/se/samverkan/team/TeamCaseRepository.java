package se.samverkan.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamCaseRepository extends JpaRepository<TeamCase, Long> {

    List<TeamCase> findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(String teamCode);
}
