package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the signal core ({@code signals.*}). */
@ConfigurationProperties("signals")
public class SignalsProperties {

    /** Settings of asend and asendRobust. */
    private final Async async = new Async();

    public Async getAsync() {
        return async;
    }

    /** Settings of asend and asendRobust. */
    public static class Async {

        /**
         * Name of the Executor bean that asend and asendRobust run receivers on, e.g.
         * "applicationTaskExecutor". When unset, a bean named "signalAsyncExecutor" is used if
         * there is one, else virtual threads (Java 21+) or a cached pool of daemon threads.
         */
        private String executor;

        public String getExecutor() {
            return executor;
        }

        public void setExecutor(String executor) {
            this.executor = executor;
        }
    }
}
