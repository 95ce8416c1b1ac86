package io.github.middlewaresignals.benchmarks.signal;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.actuate.SignalCounts;
import io.github.middlewaresignals.signal.observation.SignalObservationMonitor;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The cost of one signal send against a plain interface call and against Spring's own events.
 * <p>
 * Every listener does the same work: it hands the payload to a {@link Blackhole}, a side effect
 * the JIT must keep. Sender and payload live in non-final state fields, so the JIT cannot fold
 * them, and results are returned to JMH. Each state checks that the expected number of receivers
 * really runs. Every call site here sees a single receiver class, as in most microbenchmarks: the
 * JIT inlines the receivers, which favours the direct call and the sends alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SignalDispatchBenchmark {

    /** Signals wired by hand, without any Spring context. */
    @State(Scope.Thread)
    public static class PlainSignals {

        Object sender;
        BenchEvent event;
        Receiver<BenchEvent> listener;
        Signal<BenchEvent> receiversForOtherSenderOnly;
        Signal<BenchEvent> oneLambdaReceiver;
        Signal<BenchEvent> tenReceivers;

        @Setup
        public void setUp(Blackhole blackhole) {
            sender = BenchSender.class;
            event = new BenchEvent(42);
            listener = (from, payload) -> {
                blackhole.consume(payload);
                return null;
            };

            receiversForOtherSenderOnly = new Signal<>("no_receiver_for_sender");
            receiversForOtherSenderOnly.connect(listener, OtherSender.class);

            oneLambdaReceiver = new Signal<>("one_lambda_receiver");
            oneLambdaReceiver.connect(listener);

            tenReceivers = new Signal<>("ten_receivers");
            for (int i = 0; i < 10; i++) {
                tenReceivers.connect((from, payload) -> {
                    blackhole.consume(payload);
                    return null;
                });
            }

            expectReceivers(receiversForOtherSenderOnly.send(sender, event), 0, "sendNoReceiverForSender");
            expectReceivers(oneLambdaReceiver.send(sender, event), 1, "sendOneLambdaReceiver");
            expectReceivers(tenReceivers.send(sender, event), 10, "sendTenReceivers");
        }
    }

    /** A real Spring Boot context with the starter, one custom signal and its {@code @SignalReceiver} bean method. */
    @State(Scope.Thread)
    public static class AnnotatedReceiverContext {

        ConfigurableApplicationContext context;
        Object sender;
        BenchEvent event;
        Signal<BenchEvent> signal;

        @Setup
        @SuppressWarnings("unchecked")
        public void setUp(Blackhole blackhole) {
            sender = BenchSender.class;
            event = new BenchEvent(42);
            context = SignalBenchApplication.startWithStarter();
            context.getBean(AnnotatedReceiver.class).sinkInto(blackhole);
            signal = context.getBean("benchSignal", Signal.class);
            expectReceivers(signal.send(sender, event), 1, "sendOneAnnotatedReceiver");
        }

        @TearDown
        public void close() {
            context.close();
        }
    }

    /**
     * The same application with an ObservationRegistry bean, so that the starter observes every send:
     * {@code observations} chooses a registry without handlers or one with the default meter handler.
     */
    @State(Scope.Thread)
    public static class ObservedReceiverContext {

        @Param({"REGISTRY_WITHOUT_HANDLERS", "DEFAULT_METER_HANDLER"})
        public Observations observations;

        ConfigurableApplicationContext context;
        Object sender;
        BenchEvent event;
        Signal<BenchEvent> signal;

        @Setup
        @SuppressWarnings("unchecked")
        public void setUp(Blackhole blackhole) {
            sender = BenchSender.class;
            event = new BenchEvent(42);
            context = SignalBenchApplication.startWithStarter(observations);
            context.getBean(AnnotatedReceiver.class).sinkInto(blackhole);
            signal = context.getBean("benchSignal", Signal.class);
            expectReceivers(signal.send(sender, event), 1, "sendOneAnnotatedReceiverObserved");
            if (context.getBeanNamesForType(SignalObservationMonitor.class).length != 1) {
                throw new IllegalStateException("The starter installed no observation monitor: the numbers would be meaningless");
            }
        }

        @TearDown
        public void close() {
            context.close();
        }
    }

    /**
     * The lambda receiver's signal with the counts the Actuator endpoint {@code signals} keeps, as an
     * application that exposes that endpoint has them.
     */
    @State(Scope.Thread)
    public static class CountedSignal {

        Object sender;
        BenchEvent event;
        Signal<BenchEvent> signal;

        @Setup
        public void setUp(Blackhole blackhole) {
            sender = BenchSender.class;
            event = new BenchEvent(42);
            signal = oneLambdaReceiver("counted", blackhole);
            SignalRegistry registry = new SignalRegistry();
            registry.register(signal);
            SignalCounts counts = new SignalCounts(registry, Clock.systemUTC());
            signal.addMonitor(counts);
            expectReceivers(signal.send(sender, event), 1, "sendOneLambdaReceiverCounted");
            if (counts.sends("counted") != 1) {
                throw new IllegalStateException("The counts did not see the send: the numbers would be meaningless");
            }
        }
    }

    /**
     * One lambda receiver and a monitor that does nothing: what the monitored send path itself
     * costs, apart from what a monitor does (compare {@link CountedSignal} and the observed sends).
     */
    @State(Scope.Thread)
    public static class MonitoredSignal {

        Object sender;
        BenchEvent event;
        Signal<BenchEvent> signal;

        @Setup
        public void setUp(Blackhole blackhole) {
            sender = BenchSender.class;
            event = new BenchEvent(42);
            signal = oneLambdaReceiver("monitored", blackhole);
            signal.addMonitor(new SignalMonitor() { });
            expectReceivers(signal.send(sender, event), 1, "sendOneLambdaReceiverMonitored");
        }
    }

    /** @return a signal with one lambda receiver that hands each payload to the blackhole */
    private static Signal<BenchEvent> oneLambdaReceiver(String name, Blackhole blackhole) {
        Signal<BenchEvent> signal = new Signal<>(name);
        signal.connect((from, payload) -> {
            blackhole.consume(payload);
            return null;
        });
        return signal;
    }

    /**
     * The same application without the starter, publishing through Spring's own events to one
     * {@code @EventListener}: the baseline a Spring user has today, with no listener of ours in the way.
     */
    @State(Scope.Thread)
    public static class EventListenerContext {

        ConfigurableApplicationContext context;
        BenchEvent event;
        ApplicationEventPublisher publisher;

        @Setup
        public void setUp(Blackhole blackhole) {
            event = new BenchEvent(42);
            context = SignalBenchApplication.startWithoutStarter();
            publisher = context;
            BenchEventListener listener = context.getBean(BenchEventListener.class);
            publisher.publishEvent(event);
            if (!listener.wasCalled()) {
                throw new IllegalStateException("The @EventListener did not receive the published event");
            }
            listener.sinkInto(blackhole);
        }

        @TearDown
        public void close() {
            context.close();
        }
    }

    @Benchmark
    public Object directCall(PlainSignals state) throws Exception {
        return state.listener.receive(state.sender, state.event);
    }

    @Benchmark
    public List<ReceiverResult> sendNoReceiverForSender(PlainSignals state) {
        return state.receiversForOtherSenderOnly.send(state.sender, state.event);
    }

    @Benchmark
    public List<ReceiverResult> sendOneLambdaReceiver(PlainSignals state) {
        return state.oneLambdaReceiver.send(state.sender, state.event);
    }

    @Benchmark
    public List<ReceiverResult> sendOneAnnotatedReceiver(AnnotatedReceiverContext state) {
        return state.signal.send(state.sender, state.event);
    }

    /**
     * Not one of the names: the same send as {@link #sendOneLambdaReceiver}, called the way
     * most code calls it, ignoring the results, to show what allocation remains when the JIT may
     * drop the unused ones.
     */
    @Benchmark
    public void sendOneLambdaReceiverResultIgnored(PlainSignals state) {
        state.oneLambdaReceiver.send(state.sender, state.event);
    }

    /** {@link #sendOneAnnotatedReceiver} with every send observed, once per kind of registry. */
    @Benchmark
    public List<ReceiverResult> sendOneAnnotatedReceiverObserved(ObservedReceiverContext state) {
        return state.signal.send(state.sender, state.event);
    }

    /** {@link #sendOneLambdaReceiver} with a monitor that does nothing. */
    @Benchmark
    public List<ReceiverResult> sendOneLambdaReceiverMonitored(MonitoredSignal state) {
        return state.signal.send(state.sender, state.event);
    }

    /** {@link #sendOneLambdaReceiver} with the counts of the Actuator endpoint {@code signals}. */
    @Benchmark
    public List<ReceiverResult> sendOneLambdaReceiverCounted(CountedSignal state) {
        return state.signal.send(state.sender, state.event);
    }

    @Benchmark
    public List<ReceiverResult> sendTenReceivers(PlainSignals state) {
        return state.tenReceivers.send(state.sender, state.event);
    }

    @Benchmark
    public void springPublishEventOneListener(EventListenerContext state) {
        state.publisher.publishEvent(state.event);
    }

    private static void expectReceivers(List<ReceiverResult> results, int expected, String benchmark) {
        if (results.size() != expected) {
            throw new IllegalStateException(benchmark + " needs " + expected + " receiver(s) to run, but "
                    + results.size() + " ran: its numbers would be meaningless");
        }
    }
}
