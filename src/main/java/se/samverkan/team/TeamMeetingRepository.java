package se.samverkan.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMeetingRepository extends JpaRepository<TeamMeeting, Long> {

    List<TeamMeeting> findByTeamCodeOrderByMeetingAt(String teamCode);
}
