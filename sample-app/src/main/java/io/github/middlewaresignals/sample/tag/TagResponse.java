package io.github.middlewaresignals.sample.tag;

/** A tag as the API shows it, with how many articles carry it. */
record TagResponse(String name, long articles) {

    static TagResponse of(Tag tag) {
        return new TagResponse(tag.getName(), tag.getArticles());
    }
}
