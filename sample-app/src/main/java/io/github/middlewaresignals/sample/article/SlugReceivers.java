package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PreSave;
import java.util.HashSet;
import org.springframework.stereotype.Component;

/**
 * The seed article's {@code pre_save} example: an article gets a unique slug just before it is
 * inserted, and the INSERT writes it. The receiver asks the database which slugs are taken, so
 * two articles with the same title get {@code hello-world} and {@code hello-world-1} even when
 * they are saved in one transaction. A slug never changes once set (links keep working).
 */
@Component
class SlugReceivers {

    private final ArticleRepository articles;

    SlugReceivers(ArticleRepository articles) {
        this.articles = articles;
    }

    @SignalReceiver // signal and sender inferred from the parameter: pre_save from Article
    void assignSlug(PreSave<Article> event) {
        Article article = event.instance();
        if (article.getSlug() == null) {
            String base = Slugs.slugify(article.getTitle());
            article.setSlug(Slugs.firstFree(base, new HashSet<>(articles.findSlugsLike(base))));
        }
    }
}
