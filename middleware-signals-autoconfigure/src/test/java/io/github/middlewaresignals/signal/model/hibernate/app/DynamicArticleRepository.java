package io.github.middlewaresignals.signal.model.hibernate.app;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DynamicArticleRepository extends JpaRepository<DynamicArticle, Long> {
}
