package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UuidProfileRepository extends JpaRepository<UuidProfile, UUID> {
}
