package io.github.middlewaresignals.test.shop;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completes an order over HTTP. */
@RestController
public class CheckoutController {

    private final Checkout checkout;

    CheckoutController(Checkout checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/checkout")
    String checkout(@RequestParam String customer, @RequestParam int total) {
        checkout.complete(customer, total);
        return "completed";
    }
}
