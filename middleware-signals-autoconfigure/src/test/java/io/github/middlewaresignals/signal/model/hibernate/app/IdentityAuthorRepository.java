package io.github.middlewaresignals.signal.model.hibernate.app;

public interface IdentityAuthorRepository extends AuthorRepository<IdentityAuthor, Long> {
}
