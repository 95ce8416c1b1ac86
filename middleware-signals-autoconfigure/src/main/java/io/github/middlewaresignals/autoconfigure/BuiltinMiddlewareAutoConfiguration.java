package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/** Auto-configuration of the built-in middleware, each run only when listed in middleware.order. */
@AutoConfiguration
public class BuiltinMiddlewareAutoConfiguration {
}
