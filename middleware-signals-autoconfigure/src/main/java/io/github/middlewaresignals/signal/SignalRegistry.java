package io.github.middlewaresignals.signal;

import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The signals of one application, found by {@link Signal#name()}. One name belongs to one
 * signal: registering a second, different signal under a taken name fails.
 * <p>
 * Safe to read from any thread; registration normally happens once, at start-up.
 */
public final class SignalRegistry {

    private volatile Map<String, Signal<?>> signals = Map.of();

    /**
     * Adds a signal under its name. Registering the same signal again does nothing.
     *
     * @throws IllegalStateException when a different signal already has that name
     */
    public synchronized void register(Signal<?> signal) {
        Objects.requireNonNull(signal, "signal");
        Signal<?> existing = signals.get(signal.name());
        if (existing == signal) {
            return;
        }
        if (existing != null) {
            throw new IllegalStateException("Two different signals are named '" + signal.name()
                    + "'; a signal name must be unique: rename one of them");
        }
        Map<String, Signal<?>> next = new TreeMap<>(signals);
        next.put(signal.name(), signal);
        signals = Collections.unmodifiableMap(next);
    }

    /** @return the signal with this name, if one is registered */
    public Optional<Signal<?>> find(String name) {
        return Optional.ofNullable(signals.get(name));
    }

    /**
     * Returns the signal with this name, typed as the caller expects; the caller vouches for the
     * payload type ({@code Signal<OrderCompleted> s = registry.get("order_completed")}).
     *
     * @throws NoSuchElementException when no signal has that name (the message lists the known names)
     */
    @SuppressWarnings("unchecked")
    public <P> Signal<P> get(String name) {
        Signal<?> signal = signals.get(name);
        if (signal == null) {
            throw new NoSuchElementException("No signal is named '" + name + "'; known signals: " + names());
        }
        return (Signal<P>) signal;
    }

    /** @return whether a signal has this name */
    public boolean contains(String name) {
        return signals.containsKey(name);
    }

    /** @return the registered names, sorted */
    public Set<String> names() {
        return signals.keySet();
    }

    /** @return name to signal, sorted by name; a snapshot that later registrations do not change */
    public Map<String, Signal<?>> signals() {
        return signals;
    }

    @Override
    public String toString() {
        return "SignalRegistry" + names();
    }
}
