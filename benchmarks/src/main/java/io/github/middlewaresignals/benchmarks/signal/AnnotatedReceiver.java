package io.github.middlewaresignals.benchmarks.signal;

import io.github.middlewaresignals.signal.SignalReceiver;
import org.openjdk.jmh.infra.Blackhole;

/** One {@code @SignalReceiver} bean method doing the same work as the plain listener. */
class AnnotatedReceiver {

    private Blackhole sink;

    void sinkInto(Blackhole sink) {
        this.sink = sink;
    }

    @SignalReceiver(signal = SignalBenchApplication.SIGNAL_NAME)
    void receive(BenchEvent event) {
        sink.consume(event);
    }
}
