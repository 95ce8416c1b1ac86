package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.tag.Tag;
import io.github.middlewaresignals.sample.tag.Tags;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.M2MChanged;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Keeps each tag's article count right after an article's tags change. The receiver runs once the
 * join table is written ({@code POST_ADD}, {@code POST_REMOVE}, {@code POST_CLEAR}), in the same
 * transaction, and recounts the tags that changed: those in {@code pkSet}. A clear carries no ids
 * (as in Django), so then it recounts every tag that had articles.
 */
@Component
class TagCountReceivers {

    private final ArticleRepository articles;
    private final Tags tags;

    TagCountReceivers(ArticleRepository articles, Tags tags) {
        this.articles = articles;
        this.tags = tags;
    }

    @SignalReceiver // signal and sender inferred from the parameter: m2m_changed from Article
    void recount(M2MChanged<Article> event) {
        if (event.action().isPre()) {
            return;
        }
        Collection<Tag> changed = event.pkSet() == null ? tags.carried() : tags.withIds(event.pkSet());
        for (Tag tag : changed) {
            tag.setArticles(articles.countByTagsId(tag.getId()));
        }
    }
}
