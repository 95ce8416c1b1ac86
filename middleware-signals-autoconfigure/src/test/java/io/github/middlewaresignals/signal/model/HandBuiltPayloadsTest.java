package io.github.middlewaresignals.signal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payloads as a receiver's unit test builds them, without Hibernate. */
class HandBuiltPayloadsTest {

    record Article(String status) {
    }

    private final Article article = new Article("PUBLISHED");

    @Test
    void theConstructorsWithoutFieldChangesAnswerFromUpdateFieldsWithNoPreviousValues() {
        PostSave<Article> post = new PostSave<>(Article.class, article, false, Set.of("status"));
        PreSave<Article> pre = new PreSave<>(Article.class, article, Set.of("status"));

        assertThat(post.hasChanged("status")).isTrue();
        assertThat(post.hasChanged("title")).isFalse();
        assertThat(post.previous("status")).isNull();
        assertThat(pre.hasChanged("status")).isTrue();
        assertThat(pre.previous("status")).isNull();
    }

    @Test
    void fieldChangesOfAMapGiveThePreviousValuesNullIncluded() {
        Map<String, Object> previous = new HashMap<>();
        previous.put("status", "DRAFT");
        previous.put("publishedAt", null);
        PostSave<Article> post = new PostSave<>(Article.class, article, false, Set.of("status", "publishedAt"), FieldChanges.of(previous));
        previous.clear();

        assertThat(post.hasChanged("status")).isTrue();
        assertThat(post.hasChanged("publishedAt")).isTrue();
        assertThat(post.hasChanged("title")).isFalse();
        assertThat(post.previous("status")).isEqualTo("DRAFT");
        assertThat(post.previous("publishedAt")).isNull();
    }

    @Test
    void payloadsAreEqualByWhatTheySayWhateverTheirFieldChanges() {
        PostSave<Article> plain = new PostSave<>(Article.class, article, false, Set.of("status"));
        PostSave<Article> withPrevious = new PostSave<>(Article.class, article, false, Set.of("status"), FieldChanges.of(Map.of("status", "DRAFT")));

        assertThat(withPrevious).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(withPrevious).isNotEqualTo(new PostSave<>(Article.class, article, true, Set.of("status")));
        assertThat(withPrevious).hasToString("PostSave[sender=" + Article.class + ", instance=Article[status=PUBLISHED], created=false,"
                + " updateFields=[status]]");
        assertThat(new PreSave<>(Article.class, article, Set.of(), FieldChanges.of(Set.of("status"))))
                .isEqualTo(new PreSave<>(Article.class, article, Set.of()))
                .hasToString("PreSave[sender=" + Article.class + ", instance=Article[status=PUBLISHED], updateFields=[]]");
    }

    @Test
    void m2mChangedCarriesIdsForAddsAndRemovesAndNoneForClears() {
        assertThat(new M2MChanged<>(Article.class, article, "tags", M2MChanged.Action.POST_ADD, String.class, Set.of(1L, 2L)).pkSet())
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(new M2MChanged<>(Article.class, article, "tags", M2MChanged.Action.PRE_CLEAR, String.class, null).pkSet()).isNull();

        assertThatThrownBy(() -> new M2MChanged<>(Article.class, article, "tags", M2MChanged.Action.POST_CLEAR, String.class, Set.of(1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POST_CLEAR carries no ids, as in Django: pass null as pkSet, not [1]");
        assertThatThrownBy(() -> new M2MChanged<>(Article.class, article, "tags", M2MChanged.Action.PRE_REMOVE, String.class, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PRE_REMOVE needs the ids added or removed as pkSet, not null");
    }

    @Test
    void preInitHasAnIdAndNoInstanceYet() {
        PreInit<Article> init = new PreInit<>(Article.class, 7L);

        assertThat(init.id()).isEqualTo(7L);
        assertThat(init.instance()).isNull();
    }
}
