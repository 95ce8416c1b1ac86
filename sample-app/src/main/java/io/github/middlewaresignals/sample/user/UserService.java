package io.github.middlewaresignals.sample.user;

import io.github.middlewaresignals.sample.web.ConflictException;
import io.github.middlewaresignals.sample.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users and reads the profiles that {@link ProfileReceivers} made for them. */
@Service
class UserService {

    private final UserRepository users;
    private final UserProfileRepository profiles;

    UserService(UserRepository users, UserProfileRepository profiles) {
        this.users = users;
        this.profiles = profiles;
    }

    /** Saves the user; {@code post_save} adds the profile in the same transaction. */
    @Transactional
    UserResponse create(CreateUserRequest request) {
        if (users.existsByUsername(request.username())) {
            throw new ConflictException("username '" + request.username() + "' is already taken");
        }
        User user = users.save(new User(request.username(), request.firstName(), request.lastName(), request.email()));
        return UserResponse.of(user);
    }

    /**
     * Changes the user; Hibernate writes the UPDATE at commit and sends {@code post_save} with
     * {@code created() == false}, which {@link ProfileReceivers} ignores.
     */
    @Transactional
    UserResponse update(long id, UpdateUserRequest request) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("no user with id " + id));
        user.update(request.firstName(), request.lastName(), request.email());
        return UserResponse.of(user);
    }

    @Transactional(readOnly = true)
    ProfileResponse profile(long userId) {
        return profiles.findByUserId(userId)
                .map(ProfileResponse::of)
                .orElseThrow(() -> new NotFoundException("no profile for user " + userId));
    }
}
