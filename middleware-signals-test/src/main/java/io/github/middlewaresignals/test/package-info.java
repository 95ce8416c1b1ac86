/**
 * The test kit: {@link io.github.middlewaresignals.test.RecordSignals @RecordSignals} records the
 * signals a Spring test sends, {@link io.github.middlewaresignals.test.RecordedSignals} answers and
 * asserts what was sent, and {@link io.github.middlewaresignals.test.MuteSignals @MuteSignals} mutes
 * signals during a test. Add the module with test scope; it registers itself with Spring's test
 * framework through {@code META-INF/spring.factories}.
 */
package io.github.middlewaresignals.test;
