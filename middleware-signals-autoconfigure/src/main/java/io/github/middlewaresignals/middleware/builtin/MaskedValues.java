package io.github.middlewaresignals.middleware.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The values of the masked parameters of one request, as sent and as decoded, so that text
 * written after them (an exception message that quotes the query, a header that repeats it) shows
 * {@code ***} where a value would appear.
 */
final class MaskedValues {

    /** What a masked value shows as. */
    static final String MASK = "***";

    private List<String> values;

    void add(String raw, boolean query) {
        if (raw.isEmpty()) {
            return;
        }
        if (values == null) {
            values = new ArrayList<>(2);
        }
        values.add(raw);
        String decoded = PercentDecoder.decode(raw, query);
        if (!decoded.isEmpty() && !decoded.equals(raw)) {
            values.add(decoded);
        }
    }

    /** @return the text with every occurrence of a masked value replaced by {@code ***} */
    String scrub(String text) {
        if (values == null || text == null) {
            return text;
        }
        // longest first, so a value that contains another is replaced whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        String scrubbed = text;
        for (String value : values) {
            scrubbed = scrubbed.replace(value, MASK);
        }
        return scrubbed;
    }
}
