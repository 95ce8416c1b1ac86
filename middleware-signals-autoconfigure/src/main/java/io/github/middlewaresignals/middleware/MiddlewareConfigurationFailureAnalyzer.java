package io.github.middlewaresignals.middleware;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link MiddlewareConfigurationException} into Spring Boot's Description / Action report. */
public class MiddlewareConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MiddlewareConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MiddlewareConfigurationException cause) {
        return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
    }
}
