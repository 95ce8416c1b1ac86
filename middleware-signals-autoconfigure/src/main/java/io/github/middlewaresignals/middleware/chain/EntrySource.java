package io.github.middlewaresignals.middleware.chain;

/** How a name in {@code middleware.order} was found. */
public enum EntrySource {

    /** One of the built-in middleware ({@link io.github.middlewaresignals.middleware.BuiltinMiddlewareNames}). */
    BUILT_IN,

    /** A bean, listed by its name (or, with no order set, a {@code Middleware} bean in its {@code @Order} order). */
    BEAN,

    /** A fully qualified class name: the application's one bean of that type, or an instance the starter created. */
    CLASS
}
