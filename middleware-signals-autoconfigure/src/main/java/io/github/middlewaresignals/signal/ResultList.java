package io.github.middlewaresignals.signal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The read-only list a send returns. It views the receiver snapshot the send ran (never
 * mutated) plus the values and errors, each array made only once a receiver returned a value or
 * failed, so a send whose receivers return nothing allocates this object alone. A
 * {@link ReceiverResult} is made when it is read.
 */
final class ResultList extends AbstractList<ReceiverResult> implements RandomAccess {

    private final Receiver<?>[] receivers;
    private final Object[] values;
    private final Throwable[] errors;

    /**
     * @param receivers the receivers in connection order
     * @param values    what each returned, or {@code null} when all returned {@code null}
     * @param errors    what each threw, or {@code null} when none failed
     */
    ResultList(Receiver<?>[] receivers, Object[] values, Throwable[] errors) {
        this.receivers = receivers;
        this.values = values;
        this.errors = errors;
    }

    static ResultList of(ReceiverResult[] results) {
        Receiver<?>[] receivers = new Receiver<?>[results.length];
        Object[] values = new Object[results.length];
        Throwable[] errors = new Throwable[results.length];
        for (int i = 0; i < results.length; i++) {
            receivers[i] = results[i].receiver();
            values[i] = results[i].value();
            errors[i] = results[i].error();
        }
        return new ResultList(receivers, values, errors);
    }

    @Override
    public ReceiverResult get(int index) {
        return new ReceiverResult(receivers[index],
                values == null ? null : values[index],
                errors == null ? null : errors[index]);
    }

    @Override
    public int size() {
        return receivers.length;
    }
}
