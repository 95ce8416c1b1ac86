package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListPostRepository extends JpaRepository<ListPost, Long> {
}
