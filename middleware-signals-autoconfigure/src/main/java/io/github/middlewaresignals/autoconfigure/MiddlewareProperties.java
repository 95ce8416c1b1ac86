package io.github.middlewaresignals.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.middlewaresignals.middleware.builtin.RequestIdSettings;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingSettings;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersSettings;
import org.slf4j.event.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the middleware chain ({@code middleware.*}), Django's {@code MIDDLEWARE} setting,
 * and of the built-in middleware. A bad value stops start-up with a message that names the
 * property and says what to write instead.
 */
@ConfigurationProperties("middleware")
public class MiddlewareProperties {

    /**
     * The middleware chain, outermost first: built-in names (security-headers, request-id,
     * request-logging, timing), bean names of HandlerInterceptor beans, or fully qualified class
     * names of HandlerInterceptor classes; when unset, the application's Middleware beans run in
     * their @Order order and the built-ins do not run.
     */
    private List<String> order;

    /**
     * Per-entry settings keyed by the name used in the order list (a class name as key needs
     * brackets: middleware.entries[com.example.AuditMiddleware].enabled=false); none by default.
     */
    private Map<String, Entry> entries = new LinkedHashMap<>();

    /** Settings of the request-logging built-in. */
    private final RequestLogging requestLogging = new RequestLogging();

    /** Settings of the timing built-in. */
    private final Timing timing = new Timing();

    /** Settings of the request-id built-in. */
    private final RequestId requestId = new RequestId();

    /** Settings of the security-headers built-in. */
    private final SecurityHeaders securityHeaders = new SecurityHeaders();

    /** Settings of the Micrometer observations of the chain's entries. */
    private final Observations observations = new Observations();

    public List<String> getOrder() {
        return order;
    }

    public void setOrder(List<String> order) {
        this.order = order;
    }

    public Map<String, Entry> getEntries() {
        return entries;
    }

    public void setEntries(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public RequestLogging getRequestLogging() {
        return requestLogging;
    }

    public Timing getTiming() {
        return timing;
    }

    public RequestId getRequestId() {
        return requestId;
    }

    public SecurityHeaders getSecurityHeaders() {
        return securityHeaders;
    }

    public Observations getObservations() {
        return observations;
    }

    /** Settings of one entry of the chain. */
    public static class Entry {

        /** Whether this entry runs, so it can be switched off (e.g. per profile) without editing the order list, like Django's MiddlewareNotUsed; true by default. */
        private boolean enabled = true;

        /** Path patterns (PathPattern syntax, e.g. /api/**) the entry is limited to; empty (the default) means every path. */
        private List<String> include = new ArrayList<>();

        /** Path patterns (PathPattern syntax, e.g. /api/internal/**) the entry skips even when they are included; none by default. */
        private List<String> exclude = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getInclude() {
            return include;
        }

        public void setInclude(List<String> include) {
            this.include = include;
        }

        public List<String> getExclude() {
            return exclude;
        }

        public void setExclude(List<String> exclude) {
            this.exclude = exclude;
        }
    }

    /** Settings of the request-logging built-in. */
    public static class RequestLogging {

        private static final String PREFIX = "middleware.request-logging.";

        /**
         * Query and matrix parameters whose values are logged as "***" and kept out of the whole
         * line, matched case-insensitively; setting it replaces the default list of password,
         * token, secret, api_key and access_token.
         */
        private List<String> maskParams = new ArrayList<>(List.of("password", "token", "secret", "api_key", "access_token"));

        /** Request headers appended to each line as header.name="value"; none by default. */
        private List<String> includeHeaders = new ArrayList<>();

        /** Headers among include-headers whose values are logged as "***", matched case-insensitively; authorization, proxy-authorization and cookie by default. */
        private List<String> maskHeaders = new ArrayList<>(List.of("authorization", "proxy-authorization", "cookie"));

        /** Name of the logger the lines go to, for routing them in the logging configuration; io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware by default. */
        private String loggerName = "io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware";

        /** Level of the line of a request answered with a 5xx status; ERROR by default (lines of other requests are INFO). */
        private Level serverErrorLevel = Level.ERROR;

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
            for (int i = 0; i < includeHeaders.size(); i++) {
                HeaderText.checkName(PREFIX + "include-headers[" + i + "]", includeHeaders.get(i));
            }
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
            if (loggerName == null || loggerName.isBlank()) {
                throw new IllegalArgumentException(PREFIX + "logger-name must name a logger, was '" + loggerName
                        + "': write a logger name such as io.github.middlewaresignals.middleware.builtin."
                        + "RequestLoggingMiddleware (the default).");
            }
            this.loggerName = loggerName;
        }

        public Level getServerErrorLevel() {
            return serverErrorLevel;
        }

        public void setServerErrorLevel(Level serverErrorLevel) {
            this.serverErrorLevel = serverErrorLevel;
        }

        /** @return these settings as the request-logging built-in takes them */
        public RequestLoggingSettings toSettings() {
            return new RequestLoggingSettings(maskParams, includeHeaders, maskHeaders, loggerName, serverErrorLevel);
        }
    }

    /** Settings of the timing built-in. */
    public static class Timing {

        /** Response header that carries the request's duration in seconds with four decimals (e.g. "0.0123s"); X-Request-Duration by default. */
        private String headerName = "X-Request-Duration";

        public String getHeaderName() {
            return headerName;
        }

        public void setHeaderName(String headerName) {
            this.headerName = HeaderText.checkName("middleware.timing.header-name", headerName);
        }
    }

    /** Settings of the request-id built-in. */
    public static class RequestId {

        private static final String PREFIX = "middleware.request-id.";

        /** Request header read for an incoming id and response header that echoes it; X-Request-ID by default. */
        private String headerName = "X-Request-ID";

        /** Longest incoming id that is kept (longer ones, or ones with characters other than letters, digits and ". _ : -", are replaced by a new UUID); 128 by default. */
        private int maxLength = 128;

        /** Whether a valid incoming id is kept; switch it off at a public edge where clients must not choose the id; true by default. */
        private boolean acceptIncoming = true;

        /** Key under which the id is put in the SLF4J MDC while the request is handled, for log patterns such as %X{requestId}; requestId by default. */
        private String mdcKey = "requestId";

        public String getHeaderName() {
            return headerName;
        }

        public void setHeaderName(String headerName) {
            this.headerName = HeaderText.checkName(PREFIX + "header-name", headerName);
        }

        public int getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException(PREFIX + "max-length must be at least 1, was " + maxLength
                        + ": set it to 1 or more (default 128).");
            }
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

        /** @return these settings as the request-id built-in takes them */
        public RequestIdSettings toSettings() {
            return new RequestIdSettings(headerName, maxLength, acceptIncoming, mdcKey);
        }

        public void setMdcKey(String mdcKey) {
            if (mdcKey == null || mdcKey.isBlank()) {
                throw new IllegalArgumentException(PREFIX + "mdc-key must name an MDC key, was '" + mdcKey
                        + "': write a key such as requestId (the default).");
            }
            this.mdcKey = mdcKey;
        }
    }

    /** Settings of the security-headers built-in, named after Django's SECURE_* settings and with Django's defaults; an empty value switches a header off. */
    public static class SecurityHeaders {

        private static final String PREFIX = "middleware.security-headers.";

        /** Whether to send "X-Content-Type-Options: nosniff" (Django's SECURE_CONTENT_TYPE_NOSNIFF); true by default. */
        private boolean contentTypeNosniff = true;

        /** Value of the Referrer-Policy header, e.g. "strict-origin-when-cross-origin", empty for none (Django's SECURE_REFERRER_POLICY); same-origin by default. */
        private String referrerPolicy = "same-origin";

        /** Value of the Cross-Origin-Opener-Policy header, e.g. "same-origin-allow-popups", empty for none (Django's SECURE_CROSS_ORIGIN_OPENER_POLICY); same-origin by default. */
        private String crossOriginOpenerPolicy = "same-origin";

        /** Value of the X-Frame-Options header, "DENY" or "SAMEORIGIN", empty for none (Django's X_FRAME_OPTIONS); DENY by default. */
        private String frameOptions = "DENY";

        /**
         * Max-age in seconds of the Strict-Transport-Security header, sent on secure (HTTPS)
         * requests only, 0 for no such header (Django's SECURE_HSTS_SECONDS); 0 by default. Start
         * small: browsers remember it and refuse plain HTTP to the site for that long.
         */
        private long hstsSeconds = 0;

        /** Whether Strict-Transport-Security adds "includeSubDomains" (Django's SECURE_HSTS_INCLUDE_SUBDOMAINS); false by default. */
        private boolean hstsIncludeSubdomains = false;

        /** Whether Strict-Transport-Security adds "preload" (Django's SECURE_HSTS_PRELOAD); false by default. */
        private boolean hstsPreload = false;

        public boolean isContentTypeNosniff() {
            return contentTypeNosniff;
        }

        public void setContentTypeNosniff(boolean contentTypeNosniff) {
            this.contentTypeNosniff = contentTypeNosniff;
        }

        public String getReferrerPolicy() {
            return referrerPolicy;
        }

        public void setReferrerPolicy(String referrerPolicy) {
            this.referrerPolicy = HeaderText.checkValue(PREFIX + "referrer-policy", referrerPolicy);
        }

        public String getCrossOriginOpenerPolicy() {
            return crossOriginOpenerPolicy;
        }

        public void setCrossOriginOpenerPolicy(String crossOriginOpenerPolicy) {
            this.crossOriginOpenerPolicy = HeaderText.checkValue(PREFIX + "cross-origin-opener-policy",
                    crossOriginOpenerPolicy);
        }

        public String getFrameOptions() {
            return frameOptions;
        }

        public void setFrameOptions(String frameOptions) {
            this.frameOptions = HeaderText.checkValue(PREFIX + "frame-options", frameOptions);
        }

        public long getHstsSeconds() {
            return hstsSeconds;
        }

        public void setHstsSeconds(long hstsSeconds) {
            if (hstsSeconds < 0) {
                throw new IllegalArgumentException(PREFIX + "hsts-seconds must not be negative, was " + hstsSeconds
                        + ": write 0 to send no Strict-Transport-Security header, or a positive number of seconds.");
            }
            this.hstsSeconds = hstsSeconds;
        }

        public boolean isHstsIncludeSubdomains() {
            return hstsIncludeSubdomains;
        }

        public void setHstsIncludeSubdomains(boolean hstsIncludeSubdomains) {
            this.hstsIncludeSubdomains = hstsIncludeSubdomains;
        }

        public boolean isHstsPreload() {
            return hstsPreload;
        }

        public void setHstsPreload(boolean hstsPreload) {
            this.hstsPreload = hstsPreload;
        }

        /** @return these settings as the security-headers built-in takes them */
        public SecurityHeadersSettings toSettings() {
            return new SecurityHeadersSettings(contentTypeNosniff, referrerPolicy, crossOriginOpenerPolicy, frameOptions,
                    hstsSeconds, hstsIncludeSubdomains, hstsPreload);
        }
    }

    /** Settings of the observations of the chain's entries. */
    public static class Observations {

        /**
         * Whether each middleware entry's work in each request is observed as middleware.entry, nested in
         * http.server.requests, when the application has an ObservationRegistry bean; true by default.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
