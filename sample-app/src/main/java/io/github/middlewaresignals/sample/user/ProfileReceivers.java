package io.github.middlewaresignals.sample.user;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import org.springframework.stereotype.Component;

/**
 * The seed article's first example: every new {@link User} gets a {@link UserProfile}.
 * The profile is written in the transaction that inserts the user, so neither exists without
 * the other. Updates ({@code created() == false}) leave the profile alone.
 */
@Component
class ProfileReceivers {

    private final UserProfileRepository profiles;

    ProfileReceivers(UserProfileRepository profiles) {
        this.profiles = profiles;
    }

    @SignalReceiver(signal = "post_save", sender = User.class)
    void createProfile(PostSave<User> event) {
        if (event.created()) {
            profiles.save(new UserProfile(event.instance()));
        }
    }
}
