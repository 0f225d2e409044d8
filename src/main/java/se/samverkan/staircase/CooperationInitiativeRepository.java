package se.samverkan.staircase;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CooperationInitiativeRepository extends JpaRepository<CooperationInitiative, Long> {
}
