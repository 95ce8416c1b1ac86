package io.github.middlewaresignals.signal.model.hibernate.app;

public interface SequenceAuthorRepository extends AuthorRepository<SequenceAuthor, Long> {
}
