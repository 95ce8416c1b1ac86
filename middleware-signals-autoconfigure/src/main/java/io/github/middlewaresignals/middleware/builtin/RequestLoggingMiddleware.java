package io.github.middlewaresignals.middleware.builtin;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The {@code request-logging} built-in: one INFO line per request, written when the request
 * completes, to the logger {@value #DEFAULT_LOGGER_NAME} (see
 * {@code middleware.request-logging.logger-name}):
 * <pre>
 * method=GET path=/a?b=1 status=200 duration=0.004s ip=127.0.0.1
 * method=GET path=/a exception=java.lang.IllegalStateException: boom duration=0.004s ip=127.0.0.1
 * </pre>
 * The second form is for an exception no exception handler resolved (the container then
 * answers 500); an exception resolved into a 5xx response gets the first form with
 * {@code exception=…} appended. Control characters anywhere in the line are escaped so no
 * request can forge a log line, masked query parameters show {@code ***}, and bodies are
 * never read. {@code ip} is the request's remote address (behind a proxy, set
 * {@code server.forward-headers-strategy} so it is the client's).
 */
public class RequestLoggingMiddleware implements Middleware {

    /** The logger the lines go to unless {@code middleware.request-logging.logger-name} says otherwise. */
    public static final String DEFAULT_LOGGER_NAME = "io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware";

    private static final int DURATION_DECIMALS = 3;

    private final Logger logger;

    private final QueryMasker queryMasker;

    private final String[] headers;

    private final String[] headerLabels;

    private final boolean[] headerMasked;

    public RequestLoggingMiddleware(RequestLoggingProperties properties) {
        String loggerName = properties.getLoggerName();
        if (loggerName == null || loggerName.isBlank()) {
            throw new InvalidConfigurationPropertyValueException("middleware.request-logging.logger-name",
                    loggerName, "A logger name is required, e.g. " + DEFAULT_LOGGER_NAME + ".");
        }
        this.logger = LoggerFactory.getLogger(loggerName);
        this.queryMasker = new QueryMasker(properties.getMaskParams());
        List<String> included = properties.getIncludeHeaders();
        List<String> masked = properties.getMaskHeaders().stream().map(String::trim).toList();
        this.headers = new String[included.size()];
        this.headerLabels = new String[included.size()];
        this.headerMasked = new boolean[included.size()];
        for (int i = 0; i < included.size(); i++) {
            String header = HeaderChecks.name("middleware.request-logging.include-headers[" + i + "]",
                    included.get(i).trim());
            this.headers[i] = header;
            this.headerLabels[i] = " header." + header.toLowerCase(Locale.ROOT) + "=";
            this.headerMasked[i] = masked.stream().anyMatch(header::equalsIgnoreCase);
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
        if (logger.isInfoEnabled()) {
            logger.info(line(request, response, ex));
        }
    }

    String line(HttpServletRequest request, HttpServletResponse response, Exception ex) {
        StringBuilder line = new StringBuilder(160);
        line.append("method=");
        appendEscaped(line, request.getMethod());
        line.append(" path=");
        appendEscaped(line, request.getRequestURI());
        String query = request.getQueryString();
        if (query != null) {
            line.append('?');
            queryMasker.append(line, query);
        }
        if (ex != null) {
            appendException(line, ex);
            appendDuration(line, request);
            appendIp(line, request);
        }
        else {
            int status = response.getStatus();
            line.append(" status=").append(status);
            appendDuration(line, request);
            appendIp(line, request);
            if (status >= 500) {
                Throwable resolved = resolvedException(request);
                if (resolved != null) {
                    appendException(line, resolved);
                }
            }
        }
        appendHeaders(line, request);
        return line.toString();
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

    private static void appendException(StringBuilder line, Throwable ex) {
        line.append(" exception=").append(ex.getClass().getName());
        String message = ex.getMessage();
        if (message != null) {
            line.append(": ");
            LogEscaper.append(line, message);
        }
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

    private static void appendIp(StringBuilder line, HttpServletRequest request) {
        line.append(" ip=");
        appendEscaped(line, request.getRemoteAddr());
    }

    private void appendHeaders(StringBuilder line, HttpServletRequest request) {
        for (int i = 0; i < headers.length; i++) {
            Enumeration<String> values = request.getHeaders(headers[i]);
            if (values == null || !values.hasMoreElements()) {
                continue;
            }
            line.append(headerLabels[i]);
            if (headerMasked[i]) {
                line.append('"').append(QueryMasker.MASK).append('"');
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
            LogEscaper.appendQuoted(line, value);
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
