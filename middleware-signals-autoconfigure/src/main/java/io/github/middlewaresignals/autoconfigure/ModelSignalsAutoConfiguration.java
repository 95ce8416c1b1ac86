package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/** Auto-configuration of model signals from Hibernate's entity events. */
@AutoConfiguration
public class ModelSignalsAutoConfiguration {
}
