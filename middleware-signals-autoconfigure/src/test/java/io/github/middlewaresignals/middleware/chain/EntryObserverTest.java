package io.github.middlewaresignals.middleware.chain;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** An entry observer sees each entry's work in a request start before its preHandle and stop after its last hook. */
class EntryObserverTest {

    private final List<String> events = new CopyOnWriteArrayList<>();

    private final EntryObserver observer = new EntryObserver() {
        @Override
        public Object started(MiddlewareEntry entry, HttpServletRequest request) {
            events.add("start " + entry.name());
            return entry.name();
        }

        @Override
        public void stopped(Object context, Throwable failure) {
            events.add("stop " + context + (failure == null ? "" : " " + failure.getMessage()));
        }
    };

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private ChainRun run(Middleware... middleware) {
        List<MiddlewareEntry> entries = List.of(
                new MiddlewareEntry("outer", middleware[0], List.of(), List.of()),
                new MiddlewareEntry("inner", middleware[1], List.of(), List.of()));
        return ChainRun.open(new MiddlewareChain(entries, List.of(), observer), request);
    }

    private Middleware recording(String name) {
        return new Middleware() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                events.add(name + ".preHandle");
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                events.add(name + ".afterCompletion");
            }
        };
    }

    @Test
    void wrapsEachEntryFromItsPreHandleToItsAfterCompletion() throws Exception {
        ChainRun run = run(recording("outer"), recording("inner"));
        run.preHandle(request, response, null);
        run.afterCompletion(request, response, null);

        assertThat(events).containsExactly("start outer", "outer.preHandle", "start inner", "inner.preHandle",
                "inner.afterCompletion", "stop inner", "outer.afterCompletion", "stop outer");
    }

    @Test
    void stopsAnEntryWhosePreHandleThrowsWithItsException() throws Exception {
        Middleware failing = new Middleware() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                throw new IllegalStateException("refused");
            }
        };
        ChainRun run = run(recording("outer"), failing);
        assertThatIllegalStateException().isThrownBy(() -> run.preHandle(request, response, null)).withMessage("refused");
        run.afterCompletion(request, response, new IllegalStateException("refused"));

        assertThat(events).containsExactly("start outer", "outer.preHandle", "start inner", "stop inner refused",
                "outer.afterCompletion", "stop outer refused");
    }

    @Test
    void stopsTheEntriesAboveAShortCircuitAndStartsNoneBelow() throws Exception {
        Middleware shortCircuit = new Middleware() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                return false;
            }
        };
        ChainRun run = run(shortCircuit, recording("inner"));
        assertThat(run.preHandle(request, response, null)).isFalse();

        assertThat(events).containsExactly("start outer", "stop outer");
    }
}
