package io.github.middlewaresignals.benchmarks.http;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HelloController {

    /** The trivial endpoint under load. */
    @GetMapping("/hello")
    String hello() {
        return "hello";
    }

    /** How many distinct no-op middleware have run, for the load script's sanity check. */
    @GetMapping("/no-op-middleware-called")
    String noOpMiddlewareCalled() {
        return Integer.toString(NoOpMiddleware.instancesCalled());
    }
}
