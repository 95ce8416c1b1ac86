package io.github.middlewaresignals.middleware.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every kind of handler the chain must serve. */
@RestController
public class TestController {

    /** Streaming handlers wait on these (by test id) after their first chunk. */
    public static final Map<String, CountDownLatch> RELEASES = new ConcurrentHashMap<>();

    private final HookLog log;

    public TestController(HookLog log) {
        this.log = log;
    }

    @GetMapping("/string")
    String string(HttpServletRequest request) {
        log.add(request, "handler");
        return "hello";
    }

    @GetMapping("/large")
    String large() {
        return "x".repeat(200_000);
    }

    @GetMapping("/entity")
    ResponseEntity<Map<String, Object>> entity(HttpServletRequest request) {
        log.add(request, "handler");
        return ResponseEntity.status(201).header("X-Handler", "entity").body(Map.of("kind", "entity"));
    }

    @GetMapping("/no-content")
    ResponseEntity<Void> noContent() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/void")
    void writesItself(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("written by the handler");
        response.flushBuffer();
    }

    @GetMapping("/bytes")
    void writesBytes(HttpServletResponse response) throws IOException {
        response.getOutputStream().write("bytes".getBytes(StandardCharsets.UTF_8));
        response.getOutputStream().flush();
    }

    @GetMapping("/redirect")
    void redirect(HttpServletResponse response) throws IOException {
        response.sendRedirect("/string");
    }

    @GetMapping("/view")
    ModelAndView view(HttpServletRequest request) {
        log.add(request, "handler");
        View view = new View() {
            @Override
            public String getContentType() {
                return MediaType.TEXT_HTML_VALUE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse res) throws Exception {
                log.add(req, "render");
                res.setContentType(MediaType.TEXT_HTML_VALUE);
                res.getWriter().write("<p>" + model.get("greeting") + "</p>");
            }
        };
        return new ModelAndView(view, Map.of("greeting", "rendered"));
    }

    @GetMapping("/api/items")
    String apiItems() {
        return "items";
    }

    @GetMapping("/api/internal/items")
    String internalItems() {
        return "internal";
    }

    @GetMapping("/callable")
    Callable<String> callable(@RequestHeader(HookLog.TEST_ID) String id) {
        return () -> {
            log.add(id, "handler.async");
            return "callable";
        };
    }

    @GetMapping("/deferred")
    DeferredResult<String> deferred(@RequestHeader(HookLog.TEST_ID) String id) {
        DeferredResult<String> result = new DeferredResult<>(10_000L);
        new Thread(() -> {
            log.add(id, "handler.async");
            result.setResult("deferred");
        }).start();
        return result;
    }

    @GetMapping("/future")
    CompletableFuture<String> future(@RequestHeader(HookLog.TEST_ID) String id) {
        return CompletableFuture.supplyAsync(() -> {
            log.add(id, "handler.async");
            return "future";
        }, runnable -> new Thread(runnable).start());
    }

    @GetMapping("/web-async-task")
    WebAsyncTask<String> webAsyncTask(@RequestHeader(HookLog.TEST_ID) String id) {
        return new WebAsyncTask<>(10_000L, () -> {
            log.add(id, "handler.async");
            return "web-async-task";
        });
    }

    @GetMapping("/async-failure")
    Callable<String> asyncFailure() {
        return () -> {
            throw new IllegalStateException("async failure");
        };
    }

    @GetMapping("/stream")
    ResponseEntity<StreamingResponseBody> stream(@RequestHeader(HookLog.TEST_ID) String id) {
        CountDownLatch release = RELEASES.computeIfAbsent(id, key -> new CountDownLatch(1));
        // Spring Framework 7 ignores flush() on this stream unless spring.http.response.flush.enabled is set,
        // so the first chunk is larger than the container's response buffer: it must go out by itself
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(out -> {
            out.write(("first\n" + "x".repeat(64 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            await(release);
            out.write("second\n".getBytes(StandardCharsets.UTF_8));
        });
    }

    @GetMapping("/sse")
    SseEmitter sse(@RequestHeader(HookLog.TEST_ID) String id) {
        CountDownLatch release = RELEASES.computeIfAbsent(id, key -> new CountDownLatch(1));
        SseEmitter emitter = new SseEmitter(10_000L);
        new Thread(() -> {
            try {
                emitter.send("first");
                await(release);
                emitter.send("second");
                emitter.complete();
            }
            catch (IOException failure) {
                emitter.completeWithError(failure);
            }
        }).start();
        return emitter;
    }

    @GetMapping("/emitter")
    ResponseBodyEmitter emitter(@RequestHeader(HookLog.TEST_ID) String id) {
        CountDownLatch release = RELEASES.computeIfAbsent(id, key -> new CountDownLatch(1));
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(10_000L);
        new Thread(() -> {
            try {
                emitter.send("first\n", MediaType.TEXT_PLAIN);
                await(release);
                emitter.send("second\n", MediaType.TEXT_PLAIN);
                emitter.complete();
            }
            catch (IOException failure) {
                emitter.completeWithError(failure);
            }
        }).start();
        return emitter;
    }

    @GetMapping("/boom")
    String boom(HttpServletRequest request) {
        log.add(request, "handler");
        throw new IllegalStateException("boom");
    }

    @GetMapping("/missing")
    String missing() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing");
    }

    @GetMapping("/send-error")
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @GetMapping("/boom-handled")
    String boomHandled() {
        throw new HandledException("handled here");
    }

    @ExceptionHandler(HandledException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String handled(HandledException exception) {
        return "handled: " + exception.getMessage();
    }

    private static void await(CountDownLatch release) {
        try {
            if (!release.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the stream");
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An exception an {@code @ExceptionHandler} turns into 409. */
    public static class HandledException extends RuntimeException {
        public HandledException(String message) {
            super(message);
        }
    }
}
