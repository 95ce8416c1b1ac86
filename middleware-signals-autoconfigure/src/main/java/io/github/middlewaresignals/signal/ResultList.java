package io.github.middlewaresignals.signal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Collects the results of a send in which some receivers may not run during the send (a false
     * condition, a transaction phase still to come): only those that ran are in the list. While every
     * receiver runs, it keeps the route's own receiver array and copies nothing.
     */
    static final class Builder {

        private final Receiver<?>[] all;
        private Receiver<?>[] ran;
        private Object[] values;
        private Throwable[] errors;
        private int size;

        /** @param all the receivers a send from this sender runs, in connection order (never mutated) */
        Builder(Receiver<?>[] all) {
            this.all = all;
        }

        /** The receiver at this index of {@code all} ran, returning the value or failing with the error. */
        void ran(int index, Object value, Throwable error) {
            if (ran == null && index != size) {
                // a receiver before this one did not run: from now on, the list is a copy
                ran = new Receiver<?>[all.length];
                System.arraycopy(all, 0, ran, 0, size);
            }
            if (ran != null) {
                ran[size] = all[index];
            }
            if (value != null) {
                if (values == null) {
                    values = new Object[all.length];
                }
                values[size] = value;
            }
            if (error != null) {
                if (errors == null) {
                    errors = new Throwable[all.length];
                }
                errors[size] = error;
            }
            size++;
        }

        List<ReceiverResult> build() {
            if (size == 0) {
                return List.of();
            }
            if (ran == null && size == all.length) {
                return new ResultList(all, values, errors);
            }
            Receiver<?>[] receivers = ran == null ? all : ran;
            return new ResultList(Arrays.copyOf(receivers, size),
                    values == null ? null : Arrays.copyOf(values, size),
                    errors == null ? null : Arrays.copyOf(errors, size));
        }
    }
}
