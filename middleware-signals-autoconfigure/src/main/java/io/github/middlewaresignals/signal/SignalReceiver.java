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
 * <p>
 * With a {@link #phase()} the receiver waits for the sending thread's transaction (Django's
 * {@code transaction.on_commit}): {@code @SignalReceiver(phase = Phase.AFTER_COMMIT, async = true)}
 * sends the welcome email once the user is committed, off the request thread.
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

    /**
     * When the receiver runs relative to the transaction active on the sending thread; outside a
     * transaction every phase but {@link Phase#AFTER_ROLLBACK} runs at once, as part of the send.
     */
    Phase phase() default Phase.IMMEDIATE;

    /**
     * Whether the receiver runs on the signal's async executor once its phase point is reached; only
     * with {@link Phase#AFTER_COMMIT}, {@link Phase#AFTER_ROLLBACK} or {@link Phase#AFTER_COMPLETION}.
     */
    boolean async() default false;

    /**
     * A SpEL expression tested at each send, with the payload as root object and the variables
     * {@code #payload} and {@code #sender}; the receiver runs only when it is true, e.g.
     * {@code "!created() and hasChanged('status')"}. Empty: always.
     */
    String condition() default "";

    /**
     * Whether each delivery is recorded in the sending transaction and survives a crash (at least
     * once, through Spring Modulith's event publication registry); only with
     * {@link Phase#AFTER_COMMIT}, and only for payloads Jackson can write and read back.
     */
    boolean durable() default false;
}
