package io.github.middlewaresignals.middleware.builtin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Options of the {@code security-headers} built-in middleware, named after Django's
 * {@code SECURE_*} settings and with Django's defaults. An empty value switches a header off.
 */
@ConfigurationProperties("middleware.security-headers")
public class SecurityHeadersProperties {

    /** Whether to send "X-Content-Type-Options: nosniff" (Django's SECURE_CONTENT_TYPE_NOSNIFF). */
    private boolean contentTypeNosniff = true;

    /** Value of the Referrer-Policy header, e.g. "same-origin" or "strict-origin-when-cross-origin"; empty for none (Django's SECURE_REFERRER_POLICY). */
    private String referrerPolicy = "same-origin";

    /** Value of the Cross-Origin-Opener-Policy header, e.g. "same-origin" or "same-origin-allow-popups"; empty for none (Django's SECURE_CROSS_ORIGIN_OPENER_POLICY). */
    private String crossOriginOpenerPolicy = "same-origin";

    /** Value of the X-Frame-Options header, "DENY" or "SAMEORIGIN"; empty for none (Django's X_FRAME_OPTIONS). */
    private String frameOptions = "DENY";

    /**
     * Max-age in seconds of the Strict-Transport-Security header, sent on secure (HTTPS)
     * requests only; 0 sends no such header (Django's SECURE_HSTS_SECONDS). Start small: browsers
     * remember it and refuse plain HTTP to the site for that long.
     */
    private long hstsSeconds = 0;

    /** Whether Strict-Transport-Security adds "includeSubDomains" (Django's SECURE_HSTS_INCLUDE_SUBDOMAINS). */
    private boolean hstsIncludeSubdomains = false;

    /** Whether Strict-Transport-Security adds "preload" (Django's SECURE_HSTS_PRELOAD). */
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
        this.referrerPolicy = referrerPolicy;
    }

    public String getCrossOriginOpenerPolicy() {
        return crossOriginOpenerPolicy;
    }

    public void setCrossOriginOpenerPolicy(String crossOriginOpenerPolicy) {
        this.crossOriginOpenerPolicy = crossOriginOpenerPolicy;
    }

    public String getFrameOptions() {
        return frameOptions;
    }

    public void setFrameOptions(String frameOptions) {
        this.frameOptions = frameOptions;
    }

    public long getHstsSeconds() {
        return hstsSeconds;
    }

    public void setHstsSeconds(long hstsSeconds) {
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
}
