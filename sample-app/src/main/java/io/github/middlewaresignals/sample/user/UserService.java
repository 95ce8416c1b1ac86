package io.github.middlewaresignals.sample.user;

import io.github.middlewaresignals.sample.web.ConflictException;
import io.github.middlewaresignals.sample.web.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and reads the profiles that {@link ProfileReceivers} made for them. Each insert
 * sends {@code post_save}; the receivers that act outside the database (a welcome email) wait
 * for the commit, so a failed import sends nothing.
 */
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
        return save(request);
    }

    /**
     * Saves every user in one transaction, in the given order: a username that is taken (or given
     * twice) anywhere in the list is a conflict, and then none of them is saved.
     */
    @Transactional
    List<UserResponse> importAll(List<CreateUserRequest> requests) {
        Set<String> usernames = new HashSet<>();
        for (CreateUserRequest request : requests) {
            if (!usernames.add(request.username())) {
                throw new ConflictException("username '" + request.username() + "' appears more than once in the import");
            }
        }
        return requests.stream().map(this::save).toList();
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

    private UserResponse save(CreateUserRequest request) {
        if (users.existsByUsername(request.username())) {
            throw new ConflictException("username '" + request.username() + "' is already taken");
        }
        User user = users.save(new User(request.username(), request.firstName(), request.lastName(), request.email()));
        return UserResponse.of(user);
    }
}
