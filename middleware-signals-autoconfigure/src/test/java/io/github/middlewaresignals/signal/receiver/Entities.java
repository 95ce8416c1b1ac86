package io.github.middlewaresignals.signal.receiver;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Entity classes used as model-signal senders; only their annotations matter here. */
final class Entities {

    private Entities() {
    }

    @Entity
    static class Article {
        @Id
        Long id;
    }

    @Entity
    static class Author {
        @Id
        Long id;
    }

    /** An entity subclass: exact sender matching must not treat it as an Article. */
    @Entity
    static class FeaturedArticle extends Article {
    }

    interface Auditable {
    }

    static class NotAnEntity {
    }
}
