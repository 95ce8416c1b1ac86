package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/** Auto-configuration of the middleware chain from middleware.order. */
@AutoConfiguration
public class MiddlewareAutoConfiguration {
}
