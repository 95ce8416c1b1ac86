package io.github.middlewaresignals.sample.signallog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignalLogController {

    private final SignalLog log;

    SignalLogController(SignalLog log) {
        this.log = log;
    }

    /** The latest {@code limit} signal deliveries, newest first. */
    @GetMapping("/api/signals/log")
    List<SignalLogEntry> newest(@RequestParam(defaultValue = "20") @Min(1) @Max(SignalLog.CAPACITY) int limit) {
        return log.newest(limit);
    }
}
