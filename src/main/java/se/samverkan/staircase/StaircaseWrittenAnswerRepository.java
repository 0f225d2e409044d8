package se.samverkan.staircase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseWrittenAnswerRepository extends JpaRepository<StaircaseWrittenAnswer, Long> {

    List<StaircaseWrittenAnswer> findByWorkId(Long workId);

    Optional<StaircaseWrittenAnswer> findByWorkIdAndAgencyCode(Long workId, String agencyCode);
}
