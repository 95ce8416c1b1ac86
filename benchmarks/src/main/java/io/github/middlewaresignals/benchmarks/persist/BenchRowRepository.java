package io.github.middlewaresignals.benchmarks.persist;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BenchRowRepository extends JpaRepository<BenchRow, Long> {

    /** A bulk JPQL update: like Django's {@code QuerySet.update()}, it fires no model signal. */
    @Modifying
    @Query("update BenchRow r set r.visits = r.visits + 1")
    int incrementAllVisits();
}
