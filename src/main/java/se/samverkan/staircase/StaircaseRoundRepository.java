package se.samverkan.staircase;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaircaseRoundRepository extends JpaRepository<StaircaseRound, Long> {
}
