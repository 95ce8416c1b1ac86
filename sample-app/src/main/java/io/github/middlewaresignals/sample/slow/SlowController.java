package io.github.middlewaresignals.sample.slow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An async endpoint: the request thread goes back to the pool at once and the answer is written
 * when the future completes. The middleware still run once per request, and the timing
 * middleware's {@code X-Request-Duration} covers the wait.
 */
@RestController
class SlowController {

    static final long MAX_MILLIS = 5000;

    @GetMapping("/api/slow")
    CompletableFuture<SlowResponse> slow(@RequestParam @Min(0) @Max(MAX_MILLIS) long ms) {
        return new CompletableFuture<SlowResponse>().completeOnTimeout(new SlowResponse(ms), ms, TimeUnit.MILLISECONDS);
    }

    /** @param waitedMs how long the answer was held back */
    record SlowResponse(long waitedMs) {
    }
}
