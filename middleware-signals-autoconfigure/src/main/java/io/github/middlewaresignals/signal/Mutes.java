package io.github.middlewaresignals.signal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which signals are muted on which thread. A send reads one static field while no muting is open
 * anywhere, so muting costs nothing until a test or fixture uses it.
 */
final class Mutes {

    /** How many mutings are open on all threads together. */
    private static volatile int open;

    private static final ThreadLocal<Map<Object, Integer>> MUTED = ThreadLocal.withInitial(IdentityHashMap::new);

    private Mutes() {
    }

    /** @return whether this signal is muted on the current thread */
    static boolean isMuted(Object signal) {
        return open != 0 && MUTED.get().containsKey(signal);
    }

    static synchronized void open(Object[] signals) {
        Map<Object, Integer> muted = MUTED.get();
        for (Object signal : signals) {
            muted.merge(signal, 1, Integer::sum);
        }
        open++;
    }

    static synchronized void close(Object[] signals) {
        Map<Object, Integer> muted = MUTED.get();
        for (Object signal : signals) {
            muted.computeIfPresent(signal, (key, count) -> count == 1 ? null : count - 1);
        }
        if (muted.isEmpty()) {
            MUTED.remove();
        }
        open--;
    }
}
