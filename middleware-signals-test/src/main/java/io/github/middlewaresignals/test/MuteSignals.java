package io.github.middlewaresignals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mutes signals, by name, during each test method, like factory_boy's {@code mute_signals}: their
 * sends reach no receiver, and a {@link RecordSignals recording} does not see them.
 * <pre>
 * &#64;DataJpaTest
 * &#64;MuteSignals("post_save")
 * class CustomerRepositoryTest {
 *     &#64;Test
 *     void savesWithoutWelcomeMails() { … }   // no post_save receiver runs
 * }
 * </pre>
 * On a class (or an enclosing class of a {@code @Nested} one) it mutes during every test method; on a
 * method, during that one; both together mute all the names they give. The muting begins before the
 * test method's {@code @BeforeEach} methods, so fixtures saved there send nothing either, and ends
 * after its {@code @AfterEach} methods and its test-managed transaction.
 * <p>
 * <strong>Muting is confined to the test's thread</strong> ({@code Signal.mute}). What the test
 * thread sends is muted: through repository calls, services, and requests through {@code MockMvc},
 * which runs the whole request on the calling thread; a muted send starts no receiver anywhere, async
 * ones included. What other threads send is not muted: the requests a real server answers
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with a {@code RestClient} or
 * {@code TestRestTemplate}) send on the server's threads, and code on an executor ({@code @Async}
 * methods, scheduled tasks) sends on its own.
 * <p>
 * A name that no signal of the test's application context has fails the test, with the names it has.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MuteSignals {

    /** @return the names of the signals to mute ({@code "post_save"}, {@code "order_completed"}), at least one */
    String[] value();
}
