package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/** Receives {@code request_finished}, so of the request signals that one has a receiver and {@code request_started} none. */
@Component
public class RequestLog {

    @SignalReceiver(signal = "request_finished")
    void finished(RequestFinished event) {
        // only being connected matters to the tests
    }
}
