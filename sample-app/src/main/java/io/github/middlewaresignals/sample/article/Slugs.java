package io.github.middlewaresignals.sample.article;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Django's {@code slugify}, plus the numbered suffix that keeps slugs unique. */
final class Slugs {

    private static final int MAX_BASE_LENGTH = Article.MAX_SLUG_LENGTH - 10;

    private Slugs() {
    }

    /** "Héllo, World!" becomes "hello-world"; a title with no letters or digits becomes "article". */
    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** @return {@code base} if it is free, else the first free {@code base-1}, {@code base-2}, ... */
    static String firstFree(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int n = 1;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
