package io.github.middlewaresignals.sample.notification;

import io.github.middlewaresignals.sample.article.Article;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import org.springframework.stereotype.Component;

/**
 * Tells subscribers when an article is published. The condition reads what the UPDATE changed:
 * no notification for a new article, for an edit that leaves the status alone, or for saving a
 * published article again (then nothing changed, so no UPDATE and no {@code post_save} at all).
 */
@Component
class ArticleNotificationReceivers {

    private final NotificationRepository notifications;

    ArticleNotificationReceivers(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @SignalReceiver(condition = "!created() and hasChanged('status') and instance.status.name() == 'PUBLISHED'")
    Notification announce(PostSave<Article> event) {
        return notifications.save(new Notification("post_save", "subscribers", "article " + event.instance().getSlug() + " published"));
    }
}
