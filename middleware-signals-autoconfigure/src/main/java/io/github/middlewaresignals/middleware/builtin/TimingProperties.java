package io.github.middlewaresignals.middleware.builtin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Options of the {@code timing} built-in middleware. */
@ConfigurationProperties("middleware.timing")
public class TimingProperties {

    /** Response header that carries the request's duration in seconds with four decimals, e.g. "0.0123s". */
    private String headerName = "X-Request-Duration";

    public String getHeaderName() {
        return headerName;
    }

    public void setHeaderName(String headerName) {
        this.headerName = headerName;
    }
}
