package io.github.middlewaresignals.middleware.builtin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Options of the {@code request-id} built-in middleware. */
@ConfigurationProperties("middleware.request-id")
public class RequestIdProperties {

    /** Request header read for an incoming id and response header that echoes the id. */
    private String headerName = "X-Request-ID";

    /**
     * Longest incoming id that is kept; a longer one is replaced by a new UUID. Incoming ids
     * must also consist only of letters, digits and ". _ : -".
     */
    private int maxLength = 128;

    /**
     * Whether a valid incoming id is kept. Switch off at a public edge where clients must not
     * choose the id; every request then gets a new UUID.
     */
    private boolean acceptIncoming = true;

    /** Key under which the id is put in the SLF4J MDC while the request is handled, for log patterns such as %X{requestId}. */
    private String mdcKey = "requestId";

    public String getHeaderName() {
        return headerName;
    }

    public void setHeaderName(String headerName) {
        this.headerName = headerName;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    public boolean isAcceptIncoming() {
        return acceptIncoming;
    }

    public void setAcceptIncoming(boolean acceptIncoming) {
        this.acceptIncoming = acceptIncoming;
    }

    public String getMdcKey() {
        return mdcKey;
    }

    public void setMdcKey(String mdcKey) {
        this.mdcKey = mdcKey;
    }
}
