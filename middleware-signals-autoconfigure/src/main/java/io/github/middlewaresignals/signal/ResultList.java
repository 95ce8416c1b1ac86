package io.github.middlewaresignals.signal;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The read-only list a send returns, a view of the array it filled (no copy). */
final class ResultList extends AbstractList<ReceiverResult> implements RandomAccess {

    private final ReceiverResult[] results;

    ResultList(ReceiverResult[] results) {
        this.results = results;
    }

    @Override
    public ReceiverResult get(int index) {
        return results[index];
    }

    @Override
    public int size() {
        return results.length;
    }
}
