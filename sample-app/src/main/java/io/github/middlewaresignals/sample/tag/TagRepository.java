package io.github.middlewaresignals.sample.tag;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TagRepository extends JpaRepository<Tag, Long> {

    List<Tag> findByNameIn(Collection<String> names);

    List<Tag> findByArticlesGreaterThan(long articles);

    List<Tag> findAllByOrderByNameAsc();
}
