package io.github.middlewaresignals.middleware.builtin;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.request.ContainerErrorStatus;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The {@code request-logging} built-in: one line per request, written when the request
 * completes, to the logger {@value #DEFAULT_LOGGER_NAME} (see
 * {@code middleware.request-logging.logger-name}):
 * <pre>
 * method=GET path=/a?b=1 status=200 duration=0.004s ip=127.0.0.1
 * method=GET path=/a status=500 duration=0.004s ip=127.0.0.1 exception=java.lang.IllegalStateException: boom
 * </pre>
 * {@code status} is what the client got: for an exception no exception handler resolved, the
 * status the container answers it with (500, or e.g. 400 for a malformed request parameter). A
 * line for a 5xx is written at ERROR (see {@code server-error-level}) and ends with the exception
 * when there was one; other lines are INFO. Control characters anywhere in the line are escaped so
 * no request can forge a log line; the values of masked query and matrix parameters show
 * {@code ***} and appear nowhere else in the line either (not in the exception message, not in a
 * logged header); bodies are never read. {@code ip} is the request's remote address (behind a
 * proxy, set {@code server.forward-headers-strategy} so it is the client's).
 */
public class RequestLoggingMiddleware implements Middleware {

    /** The logger the lines go to unless {@code middleware.request-logging.logger-name} says otherwise. */
    public static final String DEFAULT_LOGGER_NAME = "io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware";

    private static final int DURATION_DECIMALS = 3;

    private final Logger logger;

    private final Level serverErrorLevel;

    private final ParameterMasker parameterMasker;

    private final String[] headers;

    private final String[] headerLabels;

    private final boolean[] headerMasked;

    public RequestLoggingMiddleware(RequestLoggingSettings settings) {
        this.logger = LoggerFactory.getLogger(settings.loggerName());
        this.serverErrorLevel = settings.serverErrorLevel();
        this.parameterMasker = new ParameterMasker(settings.maskParams());
        List<String> included = settings.includeHeaders().stream().map(String::trim).toList();
        List<String> masked = settings.maskHeaders().stream().map(String::trim).toList();
        this.headers = included.toArray(String[]::new);
        this.headerLabels = included.stream().map(header -> " header." + header.toLowerCase(Locale.ROOT) + "=")
                .toArray(String[]::new);
        this.headerMasked = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            this.headerMasked[i] = masked.stream().anyMatch(headers[i]::equalsIgnoreCase);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RequestStart.mark(request);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        int status = ex != null && !response.isCommitted() ? ContainerErrorStatus.of(ex) : response.getStatus();
        Level level = status >= 500 ? serverErrorLevel : Level.INFO;
        if (logger.isEnabledForLevel(level)) {
            write(level, line(request, status, ex));
        }
    }

    String line(HttpServletRequest request, int status, Exception ex) {
        MaskedValues masked = new MaskedValues();
        StringBuilder line = new StringBuilder(160);
        line.append("method=");
        appendEscaped(line, request.getMethod());
        line.append(" path=");
        String path = request.getRequestURI();
        if (path == null || path.isEmpty()) {
            line.append('-');
        }
        else {
            parameterMasker.appendPath(line, path, masked);
        }
        String query = request.getQueryString();
        if (query != null) {
            line.append('?');
            parameterMasker.appendQuery(line, query, masked);
        }
        line.append(" status=").append(status);
        appendDuration(line, request);
        line.append(" ip=");
        appendEscaped(line, request.getRemoteAddr());
        appendHeaders(line, request, masked);
        Throwable exception = ex != null ? ex : status >= 500 ? resolvedException(request) : null;
        if (exception != null) {
            line.append(" exception=").append(exception.getClass().getName());
            String message = masked.scrub(exception.getMessage());
            if (message != null) {
                line.append(": ");
                LogEscaper.append(line, message);
            }
        }
        return line.toString();
    }

    private void write(Level level, String line) {
        switch (level) {
            case ERROR -> logger.error(line);
            case WARN -> logger.warn(line);
            case INFO -> logger.info(line);
            case DEBUG -> logger.debug(line);
            case TRACE -> logger.trace(line);
        }
    }

    private static Throwable resolvedException(HttpServletRequest request) {
        if (request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof Throwable resolved) {
            return resolved;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable resolved) {
            return resolved;
        }
        return null;
    }

    private static void appendDuration(StringBuilder line, HttpServletRequest request) {
        line.append(" duration=");
        long nanos = RequestStart.elapsedNanos(request);
        if (nanos < 0) {
            line.append('-');
        }
        else {
            RequestStart.appendSeconds(line, nanos, DURATION_DECIMALS);
        }
    }

    private void appendHeaders(StringBuilder line, HttpServletRequest request, MaskedValues masked) {
        for (int i = 0; i < headers.length; i++) {
            Enumeration<String> values = request.getHeaders(headers[i]);
            if (values == null || !values.hasMoreElements()) {
                continue;
            }
            line.append(headerLabels[i]);
            if (headerMasked[i]) {
                line.append('"').append(MaskedValues.MASK).append('"');
                continue;
            }
            String value = values.nextElement();
            if (values.hasMoreElements()) {
                StringBuilder joined = new StringBuilder(value);
                while (values.hasMoreElements()) {
                    joined.append(", ").append(values.nextElement());
                }
                value = joined.toString();
            }
            LogEscaper.appendQuoted(line, masked.scrub(value));
        }
    }

    private static void appendEscaped(StringBuilder line, String text) {
        if (text == null || text.isEmpty()) {
            line.append('-');
        }
        else {
            LogEscaper.append(line, text);
        }
    }
}
