package io.github.middlewaresignals.sample.user;

/** A profile as the API shows it. */
record ProfileResponse(Long userId, String username, String displayName) {

    static ProfileResponse of(UserProfile profile) {
        User user = profile.getUser();
        return new ProfileResponse(user.getId(), user.getUsername(), profile.getDisplayName());
    }
}
