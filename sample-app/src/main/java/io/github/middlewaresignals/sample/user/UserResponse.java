package io.github.middlewaresignals.sample.user;

/** A user as the API shows it. */
record UserResponse(Long id, String username, String firstName, String lastName, String email) {

    static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail());
    }
}
