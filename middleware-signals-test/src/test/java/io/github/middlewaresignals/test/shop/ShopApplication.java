package io.github.middlewaresignals.test.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The small application the test kit's own tests run: customers in H2, a checkout that sends
 * {@code order_completed}, and receivers that show whether a signal reached them. The signals are
 * imported here, so the test slices have them too.
 */
@SpringBootApplication
@Import(ShopSignals.class)
public class ShopApplication {
}
