package io.github.middlewaresignals.benchmarks.signal;

import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.event.EventListener;

/** The Spring alternative: one {@code @EventListener} doing the same work as the plain listener. */
class BenchEventListener {

    private Blackhole sink;
    private volatile boolean called;

    void sinkInto(Blackhole sink) {
        this.sink = sink;
    }

    boolean wasCalled() {
        return called;
    }

    @EventListener
    void on(BenchEvent event) {
        if (sink == null) {
            called = true;
            return;
        }
        sink.consume(event);
    }
}
