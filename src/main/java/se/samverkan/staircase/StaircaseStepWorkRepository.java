package se.samverkan.staircase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseStepWorkRepository extends JpaRepository<StaircaseStepWork, Long> {

    List<StaircaseStepWork> findByRoundId(Long roundId);

    Optional<StaircaseStepWork> findByRoundIdAndStepCode(Long roundId, String stepCode);
}
