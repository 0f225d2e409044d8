package se.samverkan.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalPlanRepository extends JpaRepository<LocalPlan, Long> {

    List<LocalPlan> findByTeamCodeOrderByVersion(String teamCode);
}
