package io.github.middlewaresignals.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of signals ({@code signals.*}): the signal core, the model signals Hibernate sends, durable
 * receivers, and the signals sent to and consumed from a broker.
 */
@ConfigurationProperties("signals")
public class SignalsProperties {

    /** Settings of async work: asend, asendRobust and async receivers. */
    private final Async async = new Async();

    /** Settings of the model signals sent from Hibernate's entity events. */
    private final Model model = new Model();

    /** Settings of durable receivers, @SignalReceiver(durable = true). */
    private final Durable durable = new Durable();

    /**
     * Signals published to a broker after the sending transaction commits, by signal name (Signal.name()): each send
     * of such a signal becomes one message on the target topic.
     */
    private final Map<String, Externalize> externalize = new LinkedHashMap<>();

    /**
     * Signals consumed from a broker, by signal name (Signal.name()): each message on the source topic is sent again
     * as that signal in this application, with the payload's class as sender.
     */
    private final Map<String, Consume> consume = new LinkedHashMap<>();

    /** Settings of the Micrometer observations of sends. */
    private final Observations observations = new Observations();

    public Async getAsync() {
        return async;
    }

    public Model getModel() {
        return model;
    }

    public Durable getDurable() {
        return durable;
    }

    public Map<String, Externalize> getExternalize() {
        return externalize;
    }

    public Map<String, Consume> getConsume() {
        return consume;
    }

    public Observations getObservations() {
        return observations;
    }

    /** Settings of async work: asend, asendRobust and async receivers. */
    public static class Async {

        /**
         * Name of the Executor bean that asend, asendRobust and async receivers run on; by default a bean named
         * "signalAsyncExecutor" if there is one, else virtual threads (Java 21+) or a cached pool of daemon threads.
         */
        private String executor;

        /**
         * How long closing the application context waits for async work still running or queued (an email
         * an async receiver is sending) before it goes on and warns how much was left; 10 seconds by default.
         */
        private Duration shutdownTimeout = Duration.ofSeconds(10);

        public String getExecutor() {
            return executor;
        }

        public void setExecutor(String executor) {
            // an empty value unsets a name inherited from another profile, so it means the default
            this.executor = executor == null || executor.isBlank() ? null : executor.strip();
        }

        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            if (shutdownTimeout == null || shutdownTimeout.isNegative()) {
                throw new IllegalArgumentException("signals.async.shutdown-timeout must be zero or more, was " + shutdownTimeout
                        + ": write how long closing the application waits for async deliveries, e.g. signals.async.shutdown-timeout=10s");
            }
            this.shutdownTimeout = shutdownTimeout;
        }
    }

    /** Settings of the model signals sent from Hibernate's entity events. */
    public static class Model {

        /**
         * Whether Hibernate's entity events send pre_save, post_save, pre_delete and post_delete (the signals
         * exist either way); true by default.
         */
        private boolean enabled = true;

        /**
         * How many rounds of receivers writing entities whose own signals write again one flush or save may go
         * through before it fails with a ModelSignalNestingException; 16 by default.
         */
        private int maxNestingDepth = 16;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxNestingDepth() {
            return maxNestingDepth;
        }

        public void setMaxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 1) {
                throw new IllegalArgumentException("signals.model.max-nesting-depth must be at least 1, was " + maxNestingDepth
                        + ": write the number of nested rounds to allow, e.g. signals.model.max-nesting-depth=16 (the default)");
            }
            this.maxNestingDepth = maxNestingDepth;
        }
    }

    /** Settings of durable receivers, @SignalReceiver(durable = true). */
    public static class Durable {

        /**
         * Whether the deliveries to durable receivers and to the broker that were left incomplete (by a crash, or by
         * a receiver that failed) are run again when the application starts; false by default, as Spring Modulith's
         * own default, because every instance of the application would run them again.
         */
        private boolean republishOnRestart;

        public boolean isRepublishOnRestart() {
            return republishOnRestart;
        }

        public void setRepublishOnRestart(boolean republishOnRestart) {
            this.republishOnRestart = republishOnRestart;
        }
    }

    /** Where one signal is published on the broker. */
    public static class Externalize {

        /** The topic (Kafka) or exchange (AMQP) every send of the signal is published to; required. */
        private String target;

        /**
         * A SpEL expression evaluated on the payload that gives the message key, e.g. "orderId"; none by default, so
         * messages carry no key.
         */
        private String key;

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            if (target == null || target.isBlank()) {
                throw new IllegalArgumentException("signals.externalize.<signal>.target must name a topic, was '" + target
                        + "': write the topic the signal's sends go to, e.g. signals.externalize.order_completed.target=orders");
            }
            this.target = target.strip();
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            // an empty value unsets a key inherited from another profile
            this.key = key == null || key.isBlank() ? null : key.strip();
        }
    }

    /** Where one signal is consumed from on the broker. */
    public static class Consume {

        /** The topic whose messages are sent again as the signal in this application; required. */
        private String source;

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("signals.consume.<signal>.source must name a topic, was '" + source
                        + "': write the topic to consume, e.g. signals.consume.order_completed.source=orders");
            }
            this.source = source.strip();
        }
    }

    /** Settings of the observations of sends. */
    public static class Observations {

        /**
         * Whether each send of a signal that a receiver hears is observed as signals.send, when the application
         * has an ObservationRegistry bean; true by default.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
