package io.github.middlewaresignals.signal.model.hibernate.app;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityProfileRepository extends JpaRepository<IdentityProfile, Long> {
}
