package io.github.middlewaresignals.test;

import java.util.List;

/** Words for failed assertions: the recorded sends, so the reader sees what was sent instead, and counts. */
final class SendListing {

    private SendListing() {
    }

    /** @return the sends numbered in recording order, one a line, after a heading line */
    static String of(List<SentSignal> sends) {
        if (sends.isEmpty()) {
            return "No send was recorded.";
        }
        StringBuilder listing = new StringBuilder("Recorded sends, in order:");
        for (int i = 0; i < sends.size(); i++) {
            listing.append("\n  ").append(i + 1).append(". ").append(sends.get(i));
        }
        return listing.toString();
    }

    /** @return "once", "2 times" */
    static String times(long count) {
        return count == 1 ? "once" : count + " times";
    }
}
