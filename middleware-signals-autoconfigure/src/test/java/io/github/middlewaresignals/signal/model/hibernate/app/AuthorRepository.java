package io.github.middlewaresignals.signal.model.hibernate.app;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

@NoRepositoryBean
public interface AuthorRepository<A extends AbstractAuthor, ID> extends JpaRepository<A, ID> {

    boolean existsBySlug(String slug);

    @Modifying
    @Query("update #{#entityName} a set a.name = :to where a.name = :from")
    int rename(@Param("from") String from, @Param("to") String to);

    @Modifying
    @Query("delete from #{#entityName} a where a.name = :name")
    int deleteNamed(@Param("name") String name);
}
