package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.UUID;
public interface UuidAuthorRepository extends AuthorRepository<UuidAuthor, UUID> {
}
