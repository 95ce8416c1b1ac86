package io.github.middlewaresignals.benchmarks.load;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoadRowRepository extends JpaRepository<LoadRow, Long> {
}
