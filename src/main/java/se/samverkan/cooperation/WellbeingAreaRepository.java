package se.samverkan.cooperation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WellbeingAreaRepository extends JpaRepository<WellbeingArea, String> {

    List<WellbeingArea> findAllByOrderBySortOrder();
}
