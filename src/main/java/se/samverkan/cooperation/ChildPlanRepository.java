package se.samverkan.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildPlanRepository extends JpaRepository<ChildPlan, Long> {

    List<ChildPlan> findByCaseIdOrderByVersion(Long caseId);

    Optional<ChildPlan> findByCaseIdAndVersion(Long caseId, int version);
}
