package io.github.middlewaresignals.signal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Connects a bean method to one or more signals, like Django's {@code @receiver}.
 * <p>
 * The method takes the payload, or {@code (Object sender, payload)}. Without {@link #signal()}
 * the signal is inferred from the payload type ({@code PreSave<Article>} means {@code pre_save}
 * from {@code Article}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignalReceiver {

    /** Signal names ({@code Signal.name()}, e.g. {@code "post_save"}); empty: inferred from the parameter. */
    String[] signal() default {};

    /** Sender filters; empty: any sender, or the entity class inferred from the parameter. */
    Class<?>[] sender() default {};

    /** Deduplication key: a second connection with the same uid and sender is ignored. */
    String dispatchUid() default "";
}
