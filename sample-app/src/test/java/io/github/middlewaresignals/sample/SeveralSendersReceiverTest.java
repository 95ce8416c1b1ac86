package io.github.middlewaresignals.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.article.Article;
import io.github.middlewaresignals.sample.user.User;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A receiver typed {@code PostSave<?>} may list several senders, and hears exactly those. */
@Import(SeveralSendersReceiverTest.UserAndArticleSaves.class)
class SeveralSendersReceiverTest extends HttpTestSupport {

    static class UserAndArticleSaves {

        final List<String> saved = new CopyOnWriteArrayList<>();

        @SignalReceiver(sender = {User.class, Article.class})
        void saved(PostSave<?> event) {
            saved.add(event.sender().getSimpleName() + (event.created() ? " created" : " updated"));
        }
    }

    @Autowired
    private UserAndArticleSaves receiver;

    @Test
    void aPostSaveWildcardReceiverHearsTheSavesOfEachListedSenderAndNoOther() {
        String username = "senders" + unique();
        long userId = json(post("/api/users", map("username", username, "email", username + "@example.com"))).get("id").asLong();
        post("/api/articles", map("title", "Several senders " + unique()));
        post("/api/orders", map("customerEmail", username + "@example.com", "totalAmount", 3));
        patch("/api/users/" + userId, map("firstName", "Renamed"));

        // no UserProfile (saved with the user) and no Order
        assertThat(receiver.saved).containsExactly("User created", "Article created", "User updated");
    }
}
