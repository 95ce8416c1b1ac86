package io.github.middlewaresignals.signal.receiver;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link SignalConfigurationException} anywhere in a start-up failure into Spring Boot's report. */
class SignalConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<SignalConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SignalConfigurationException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
