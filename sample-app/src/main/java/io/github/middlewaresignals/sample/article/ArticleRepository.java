package io.github.middlewaresignals.sample.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    /** Slugs equal to {@code base} or starting with {@code base-}: the candidates a new slug must avoid. */
    @Query("select a.slug from Article a where a.slug = :base or a.slug like concat(:base, '-%')")
    List<String> findSlugsLike(@Param("base") String base);

    /** @return how many articles carry the tag, as the join table says */
    long countByTagsId(Long tagId);

    /**
     * One UPDATE statement for every draft. Like Django's {@code QuerySet.update()}, it bypasses
     * the entities, so it sends no {@code pre_save}/{@code post_save}, and no "published"
     * notification goes out for these articles.
     */
    @Modifying
    @Query("update Article a set a.status = io.github.middlewaresignals.sample.article.ArticleStatus.PUBLISHED"
            + " where a.status = io.github.middlewaresignals.sample.article.ArticleStatus.DRAFT")
    int publishAll();
}
