package se.samverkan.staircase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircasePageRepository extends JpaRepository<StaircasePage, Long> {

    List<StaircasePage> findBySlugOrderByVersionDesc(String slug);

    Optional<StaircasePage> findBySlugAndVersion(String slug, int version);
}
