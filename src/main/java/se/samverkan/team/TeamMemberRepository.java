package se.samverkan.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

    List<TeamMember> findByTeamCodeOrderByParty(String teamCode);

    Optional<TeamMember> findByTeamCodeAndParty(String teamCode, Party party);
}
