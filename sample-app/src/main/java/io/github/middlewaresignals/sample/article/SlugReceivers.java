package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PreSave;
import java.util.HashSet;
import org.springframework.stereotype.Component;

/**
 * The seed article's {@code pre_save} example: an article gets a unique slug just before it is
 * inserted, and the INSERT writes it. The receiver asks the database which slugs are taken, so
 * two articles with the same title get {@code hello-world} and {@code hello-world-1}, also when
 * they are saved in one transaction. A slug never changes once set (links keep working).
 * <p>
 * Concurrent requests would otherwise race: both see {@code hello-world} free, both insert it,
 * and the unique index refuses the second. So the receiver first locks the {@link SlugLock} row,
 * which its transaction holds until it commits: the next insert waits for that commit and then
 * sees the slug it wrote. This holds on any database that runs at read-committed isolation (H2,
 * PostgreSQL, MySQL and others by default), where each query sees what committed before it began.
 * Only article inserts queue behind each other; reads never wait for the lock.
 */
@Component
class SlugReceivers {

    private final ArticleRepository articles;
    private final SlugLockRepository locks;

    SlugReceivers(ArticleRepository articles, SlugLockRepository locks) {
        this.articles = articles;
        this.locks = locks;
    }

    @SignalReceiver // signal and sender inferred from the parameter: pre_save from Article
    void assignSlug(PreSave<Article> event) {
        Article article = event.instance();
        if (article.getSlug() == null) {
            locks.lock(SlugLock.ARTICLES).orElseThrow(() -> new IllegalStateException(
                    "table slug_lock has no row with id " + SlugLock.ARTICLES + "; insert it, as import.sql does"));
            String base = Slugs.slugify(article.getTitle());
            article.setSlug(Slugs.firstFree(base, new HashSet<>(articles.findSlugsLike(base))));
        }
    }
}
