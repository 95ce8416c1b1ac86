package io.github.middlewaresignals.sample.signallog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The latest signal deliveries, in memory: a bounded, thread-safe ring of entries (the oldest
 * drops out when it is full).
 * <p>
 * Why not a table: saving a log row would itself send {@code pre_save}/{@code post_save} (a
 * receiver would have to skip its own entity to avoid logging forever), every save in the app
 * would write a second row inside Hibernate's flush, and a rolled-back transaction would erase
 * the record of signals that were in fact delivered. Memory has none of these problems, and a
 * demo log does not need to survive a restart.
 */
@Component
public class SignalLog {

    /** How many entries are kept. */
    public static final int CAPACITY = 1000;

    private final Deque<SignalLogEntry> entries = new ArrayDeque<>(CAPACITY);

    public void record(SignalLogEntry entry) {
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    /** @return up to {@code limit} entries, newest first */
    public List<SignalLogEntry> newest(int limit) {
        synchronized (entries) {
            List<SignalLogEntry> newest = new ArrayList<>(Math.min(limit, entries.size()));
            Iterator<SignalLogEntry> iterator = entries.descendingIterator();
            while (iterator.hasNext() && newest.size() < limit) {
                newest.add(iterator.next());
            }
            return newest;
        }
    }
}
