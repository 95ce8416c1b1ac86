package io.github.middlewaresignals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records every send of the test's application context during each test method, sends that reach
 * no receiver included, like Spring's {@code @RecordApplicationEvents} does for application events.
 * {@link RecordedSignals} (a field or a method parameter) answers what was sent, and
 * {@code assertThat(recorded)} asserts it:
 * <pre>
 * &#64;SpringBootTest
 * &#64;RecordSignals
 * class CheckoutTest {
 *
 *     &#64;Autowired
 *     Checkout checkout;
 *
 *     &#64;Test
 *     void completingAnOrderSendsOrderCompleted(RecordedSignals recorded) {
 *         checkout.complete("Ada", 42);
 *         assertThat(recorded).sent("order_completed").from(Checkout.class).once()
 *                 .payloads(OrderCompleted.class).singleElement().isEqualTo(new OrderCompleted("Ada", 42));
 *     }
 * }
 * </pre>
 * Each test method starts with an empty recording, before its {@code @BeforeEach} methods (call
 * {@link RecordedSignals#clear()} to forget what fixtures sent), and the recording ends after its
 * {@code @AfterEach} methods. It holds the sends of the signals the context defines ({@code Signal}
 * beans, the model and request signals), from every thread: a request a real server answers
 * ({@code webEnvironment = RANDOM_PORT}) sends on the server's threads, and those sends are recorded
 * too. A send still under way on another thread when a test ends may land in the next test's
 * recording, so a test awaits what it starts. Muted sends ({@link MuteSignals}) are not recorded.
 * <p>
 * Tests that record and share an application context run one at a time; a second one that starts
 * while another records fails. Adding this annotation does not change the test's application
 * context, so it shares the cached context with test classes that do not record.
 * <p>
 * Works with {@code @SpringBootTest}, Spring Boot's test slices ({@code @DataJpaTest},
 * {@code @WebMvcTest}, …) and any Spring test whose context configures the signals. It applies to
 * {@code @Nested} classes too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RecordedSignalsParameterResolver.class)
public @interface RecordSignals {
}
