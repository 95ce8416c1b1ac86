package io.github.middlewaresignals.middleware.builtin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Options of the {@code request-logging} built-in middleware. */
@ConfigurationProperties("middleware.request-logging")
public class RequestLoggingProperties {

    /**
     * Query parameters whose values are logged as "***", matched case-insensitively (also
     * when the client percent-encoded the name). Setting this list replaces the defaults, so
     * repeat the defaults you want to keep. Default: password, token, secret, api_key,
     * access_token.
     */
    private List<String> maskParams = new ArrayList<>(List.of("password", "token", "secret", "api_key", "access_token"));

    /**
     * Request headers to append to each log line as header.name="value", escaped like the
     * rest of the line. Absent headers are left out. Empty by default: no headers are logged.
     */
    private List<String> includeHeaders = new ArrayList<>();

    /**
     * Headers among include-headers whose values are logged as "***", matched
     * case-insensitively. Default: authorization, proxy-authorization, cookie.
     */
    private List<String> maskHeaders = new ArrayList<>(List.of("authorization", "proxy-authorization", "cookie"));

    /** Name of the logger that writes the request lines at INFO level, for routing them in the logging configuration. */
    private String loggerName = "io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware";

    public List<String> getMaskParams() {
        return maskParams;
    }

    public void setMaskParams(List<String> maskParams) {
        this.maskParams = maskParams;
    }

    public List<String> getIncludeHeaders() {
        return includeHeaders;
    }

    public void setIncludeHeaders(List<String> includeHeaders) {
        this.includeHeaders = includeHeaders;
    }

    public List<String> getMaskHeaders() {
        return maskHeaders;
    }

    public void setMaskHeaders(List<String> maskHeaders) {
        this.maskHeaders = maskHeaders;
    }

    public String getLoggerName() {
        return loggerName;
    }

    public void setLoggerName(String loggerName) {
        this.loggerName = loggerName;
    }
}
