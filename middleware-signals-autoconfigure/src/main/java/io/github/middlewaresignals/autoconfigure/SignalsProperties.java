package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of signals ({@code signals.*}): the signal core and the model signals Hibernate sends. */
@ConfigurationProperties("signals")
public class SignalsProperties {

    /** Settings of asend and asendRobust. */
    private final Async async = new Async();

    /** Settings of the model signals sent from Hibernate's entity events. */
    private final Model model = new Model();

    public Async getAsync() {
        return async;
    }

    public Model getModel() {
        return model;
    }

    /** Settings of asend and asendRobust. */
    public static class Async {

        /**
         * Name of the Executor bean that asend and asendRobust run receivers on; by default a bean named
         * "signalAsyncExecutor" if there is one, else virtual threads (Java 21+) or a cached pool of daemon threads.
         */
        private String executor;

        public String getExecutor() {
            return executor;
        }

        public void setExecutor(String executor) {
            // an empty value unsets a name inherited from another profile, so it means the default
            this.executor = executor == null || executor.isBlank() ? null : executor.strip();
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
}
