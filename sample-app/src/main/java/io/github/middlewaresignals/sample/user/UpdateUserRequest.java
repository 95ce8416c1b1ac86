package io.github.middlewaresignals.sample.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/users/{id}}: the fields to change; absent ones stay as they are. */
record UpdateUserRequest(@Size(max = 100) String firstName, @Size(max = 100) String lastName, @Email @Size(min = 3, max = 255) String email) {
}
