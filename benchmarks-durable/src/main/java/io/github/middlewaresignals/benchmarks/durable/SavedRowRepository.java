package io.github.middlewaresignals.benchmarks.durable;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedRowRepository extends JpaRepository<SavedRow, Long> {
}
