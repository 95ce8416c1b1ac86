package io.github.middlewaresignals.middleware.builtin;

import java.util.List;
import org.slf4j.event.Level;

/**
 * How the {@code request-logging} built-in writes its lines.
 *
 * @param maskParams       query and matrix parameters whose values are masked
 * @param includeHeaders   request headers appended to each line
 * @param maskHeaders      headers among {@code includeHeaders} whose values are masked
 * @param loggerName       the logger the lines go to
 * @param serverErrorLevel the level of a line for a 5xx response; other lines are INFO
 */
public record RequestLoggingSettings(List<String> maskParams, List<String> includeHeaders, List<String> maskHeaders,
                                     String loggerName, Level serverErrorLevel) {

    /** The defaults of {@code middleware.request-logging.*}. */
    public static final RequestLoggingSettings DEFAULTS = new RequestLoggingSettings(
            List.of("password", "token", "secret", "api_key", "access_token"), List.of(),
            List.of("authorization", "proxy-authorization", "cookie"),
            "io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware", Level.ERROR);

    public RequestLoggingSettings {
        maskParams = List.copyOf(maskParams);
        includeHeaders = List.copyOf(includeHeaders);
        maskHeaders = List.copyOf(maskHeaders);
    }

    public RequestLoggingSettings withMaskParams(List<String> names) {
        return new RequestLoggingSettings(names, includeHeaders, maskHeaders, loggerName, serverErrorLevel);
    }

    public RequestLoggingSettings withIncludeHeaders(List<String> headers) {
        return new RequestLoggingSettings(maskParams, headers, maskHeaders, loggerName, serverErrorLevel);
    }

    public RequestLoggingSettings withLoggerName(String name) {
        return new RequestLoggingSettings(maskParams, includeHeaders, maskHeaders, name, serverErrorLevel);
    }

    public RequestLoggingSettings withServerErrorLevel(Level level) {
        return new RequestLoggingSettings(maskParams, includeHeaders, maskHeaders, loggerName, level);
    }
}
