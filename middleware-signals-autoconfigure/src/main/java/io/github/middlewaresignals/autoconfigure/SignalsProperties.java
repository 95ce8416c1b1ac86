package io.github.middlewaresignals.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of signals ({@code signals.*}): the signal core and the model signals Hibernate sends. */
@ConfigurationProperties("signals")
public class SignalsProperties {

    /** Settings of async work: asend, asendRobust and async receivers. */
    private final Async async = new Async();

    /** Settings of the model signals sent from Hibernate's entity events. */
    private final Model model = new Model();

    /** Settings of the Micrometer observations of sends. */
    private final Observations observations = new Observations();

    public Async getAsync() {
        return async;
    }

    public Model getModel() {
        return model;
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
