package io.github.middlewaresignals.sample.article;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SlugLockRepository extends Repository<SlugLock, Integer> {

    /**
     * {@code SELECT ... FOR UPDATE} on one lock row: returns once no other transaction holds it,
     * and holds it until the calling transaction ends. Gives up after ten seconds.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "10000"))
    @Query("select l from SlugLock l where l.id = :id")
    Optional<SlugLock> lock(@Param("id") int id);
}
