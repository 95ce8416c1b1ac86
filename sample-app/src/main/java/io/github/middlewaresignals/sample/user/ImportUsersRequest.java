package io.github.middlewaresignals.sample.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/users/import}: users saved together in one transaction. Bean
 * Validation passes a {@code null} list element as valid unless it is marked {@code @NotNull}.
 */
record ImportUsersRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid CreateUserRequest> users) {
}
