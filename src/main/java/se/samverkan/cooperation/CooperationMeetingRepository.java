package se.samverkan.cooperation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CooperationMeetingRepository extends JpaRepository<CooperationMeeting, Long> {

    List<CooperationMeeting> findByCaseIdOrderByMeetingNumber(Long caseId);

    Optional<CooperationMeeting> findFirstByCaseIdOrderByMeetingNumberDesc(Long caseId);
}
