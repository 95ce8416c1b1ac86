package io.github.middlewaresignals.sample.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugifyKeepsLettersAndDigitsJoinedByDashes() {
        assertThat(Slugs.slugify("Hello, World!")).isEqualTo("hello-world");
        assertThat(Slugs.slugify("  Top 10 -- tips  ")).isEqualTo("top-10-tips");
        assertThat(Slugs.slugify("Crème brûlée à Zürich")).isEqualTo("creme-brulee-a-zurich");
    }

    @Test
    void aTitleWithoutLettersOrDigitsStillGetsASlug() {
        assertThat(Slugs.slugify("!!!")).isEqualTo("article");
        assertThat(Slugs.slugify("日本語")).isEqualTo("article");
    }

    @Test
    void longTitlesAreCutLeavingRoomForANumber() {
        String slug = Slugs.slugify("word ".repeat(40));

        assertThat(slug.length()).isLessThanOrEqualTo(Article.MAX_SLUG_LENGTH - 10);
        assertThat(slug).startsWith("word-word").doesNotEndWith("-");
    }

    @Test
    void firstFreeIsTheBaseOrElseTheLowestFreeNumber() {
        assertThat(Slugs.firstFree("hello", List.of())).isEqualTo("hello");
        assertThat(Slugs.firstFree("hello", List.of("hello"))).isEqualTo("hello-1");
        assertThat(Slugs.firstFree("hello", List.of("hello", "hello-1", "hello-3"))).isEqualTo("hello-2");
        assertThat(Slugs.firstFree("hello", List.of("hello-1"))).isEqualTo("hello");
    }
}
