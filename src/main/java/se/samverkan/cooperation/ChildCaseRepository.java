package se.samverkan.cooperation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {

    Optional<ChildCase> findByCaseNumber(String caseNumber);

    Optional<ChildCase> findByProcessInstanceId(String processInstanceId);
}
