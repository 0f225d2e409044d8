package se.samverkan.staircase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaircasePageRepository extends JpaRepository<StaircasePage, Long> {

    List<StaircasePage> findBySlugOrderByVersionDesc(String slug);

    Optional<StaircasePage> findBySlugAndVersion(String slug, int version);

    /** The newest version of every published municipality, by name. */
    @Query("select p from StaircasePage p where p.version = "
            + "(select max(q.version) from StaircasePage q where q.slug = p.slug) order by p.municipality")
    List<StaircasePage> findLatestVersions();
}
