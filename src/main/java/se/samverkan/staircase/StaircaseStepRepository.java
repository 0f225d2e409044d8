package se.samverkan.staircase;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseStepRepository extends JpaRepository<StaircaseStep, String> {

    List<StaircaseStep> findAllByOrderBySortOrder();
}
