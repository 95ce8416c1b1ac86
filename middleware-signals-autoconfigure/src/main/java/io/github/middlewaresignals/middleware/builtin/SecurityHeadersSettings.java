package io.github.middlewaresignals.middleware.builtin;

/**
 * Which headers the {@code security-headers} built-in sends, named after Django's
 * {@code SECURE_*} settings. A null or blank value switches its header off.
 *
 * @param contentTypeNosniff      whether to send {@code X-Content-Type-Options: nosniff}
 * @param referrerPolicy          the {@code Referrer-Policy} value
 * @param crossOriginOpenerPolicy the {@code Cross-Origin-Opener-Policy} value
 * @param frameOptions            the {@code X-Frame-Options} value
 * @param hstsSeconds             the max-age of {@code Strict-Transport-Security} on secure requests; 0 for none
 * @param hstsIncludeSubdomains   whether it adds {@code includeSubDomains}
 * @param hstsPreload             whether it adds {@code preload}
 */
public record SecurityHeadersSettings(boolean contentTypeNosniff, String referrerPolicy, String crossOriginOpenerPolicy,
                                      String frameOptions, long hstsSeconds, boolean hstsIncludeSubdomains,
                                      boolean hstsPreload) {

    /** Django's defaults, which are also those of {@code middleware.security-headers.*}. */
    public static final SecurityHeadersSettings DEFAULTS =
            new SecurityHeadersSettings(true, "same-origin", "same-origin", "DENY", 0, false, false);

    /** @return these settings with Strict-Transport-Security of the given max-age and no extras */
    public SecurityHeadersSettings withHstsSeconds(long seconds) {
        return new SecurityHeadersSettings(contentTypeNosniff, referrerPolicy, crossOriginOpenerPolicy, frameOptions,
                seconds, hstsIncludeSubdomains, hstsPreload);
    }
}
