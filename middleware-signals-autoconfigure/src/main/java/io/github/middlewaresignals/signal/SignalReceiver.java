package io.github.middlewaresignals.signal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Connects a bean method to one or more signals, like Django's {@code @receiver}.
 * <p>
 * The method takes the payload, or {@code (Object sender, payload)}; its return value becomes
 * {@link ReceiverResult#value()}. The payload parameter may be any supertype of the signal's
 * payload. Without {@link #signal()} the signal is inferred from the payload type:
 * {@code PreSave<Article>} means {@code pre_save} from {@code Article} (likewise {@code PostSave},
 * {@code PreDelete}, {@code PostDelete}), and any other type means the one {@code Signal<P>} bean
 * whose payload {@code P} it accepts. A {@code ModelEvent<Article>} parameter with named model
 * signals makes {@code Article} the sender.
 * <p>
 * The method is connected once the application context is ready, called through the bean's proxy
 * (so {@code @Transactional} applies), and disconnected when the context closes. Classes and
 * methods may be package-private; a bad declaration stops start-up with a report that says what to fix.
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
