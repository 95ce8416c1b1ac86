/**
 * Django's middleware for Spring MVC. This package holds what an application writes and types:
 * {@link io.github.middlewaresignals.middleware.Middleware}, the interface a middleware implements,
 * and {@link io.github.middlewaresignals.middleware.BuiltinMiddlewareNames}, the names of the
 * built-ins it can list in {@code middleware.order}.
 * <ul>
 * <li>{@code middleware.builtin}: the four built-in middleware.</li>
 * <li>{@code middleware.chain}: what runs a request through the resolved chain: the servlet
 * filter, the one Spring MVC interceptor and exception resolver, and each request's run.</li>
 * <li>{@code middleware.config}: what turns {@code middleware.order} and {@code middleware.entries}
 * into a chain at start-up, and the failures it reports.</li>
 * <li>{@code middleware.actuate}: the Actuator endpoint {@code middleware}, a report of the chain.</li>
 * <li>{@code middleware.observation}: the Micrometer observation of each entry's work in a request,
 * through the chain's {@code EntryObserver}.</li>
 * </ul>
 * Arrows go from {@code config}, {@code actuate} and {@code observation} to {@code chain} to this
 * package, never back.
 */
package io.github.middlewaresignals.middleware;
