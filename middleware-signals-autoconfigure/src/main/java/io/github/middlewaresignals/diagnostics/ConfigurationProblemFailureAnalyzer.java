package io.github.middlewaresignals.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ConfigurationProblemException} anywhere in a start-up failure into Spring Boot's Description / Action report. */
public class ConfigurationProblemFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationProblemException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationProblemException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
