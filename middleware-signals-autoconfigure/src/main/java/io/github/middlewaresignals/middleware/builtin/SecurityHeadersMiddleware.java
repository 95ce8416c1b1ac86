package io.github.middlewaresignals.middleware.builtin;

import java.util.ArrayList;
import java.util.List;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The {@code security-headers} built-in, Django's {@code SecurityMiddleware} and
 * {@code XFrameOptionsMiddleware}: adds {@code X-Content-Type-Options}, {@code Referrer-Policy},
 * {@code Cross-Origin-Opener-Policy}, {@code X-Frame-Options} and, on secure requests when
 * configured, {@code Strict-Transport-Security}. Like Django's {@code setdefault}, a header the
 * handler (or Spring Security) already set is left as it is.
 */
public class SecurityHeadersMiddleware implements Middleware {

    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    private static final String PREFIX = "middleware.security-headers.";

    private final String[] names;

    private final String[] values;

    private final String hsts;

    public SecurityHeadersMiddleware(SecurityHeadersProperties properties) {
        List<String[]> headers = new ArrayList<>();
        if (properties.isContentTypeNosniff()) {
            headers.add(new String[] {"X-Content-Type-Options", "nosniff"});
        }
        addIfSet(headers, "Referrer-Policy", "referrer-policy", properties.getReferrerPolicy());
        addIfSet(headers, "Cross-Origin-Opener-Policy", "cross-origin-opener-policy",
                properties.getCrossOriginOpenerPolicy());
        addIfSet(headers, "X-Frame-Options", "frame-options", properties.getFrameOptions());
        this.names = headers.stream().map(header -> header[0]).toArray(String[]::new);
        this.values = headers.stream().map(header -> header[1]).toArray(String[]::new);
        this.hsts = hsts(properties);
    }

    private static void addIfSet(List<String[]> headers, String header, String property, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(new String[] {header, HeaderChecks.value(PREFIX + property, value)});
        }
    }

    private static String hsts(SecurityHeadersProperties properties) {
        long seconds = properties.getHstsSeconds();
        if (seconds < 0) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "hsts-seconds", seconds,
                    "Use 0 to send no Strict-Transport-Security header, or a positive number of seconds.");
        }
        if (seconds == 0) {
            return null;
        }
        StringBuilder value = new StringBuilder("max-age=").append(seconds);
        if (properties.isHstsIncludeSubdomains()) {
            value.append("; includeSubDomains");
        }
        if (properties.isHstsPreload()) {
            value.append("; preload");
        }
        return value.toString();
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        addMissingHeaders(request, response);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        // a response whose processResponse was skipped (e.g. an exception left to the container) may still be open
        if (!response.isCommitted()) {
            addMissingHeaders(request, response);
        }
    }

    private void addMissingHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (int i = 0; i < names.length; i++) {
            if (!response.containsHeader(names[i])) {
                response.setHeader(names[i], values[i]);
            }
        }
        if (hsts != null && request.isSecure() && !response.containsHeader(STRICT_TRANSPORT_SECURITY)) {
            response.setHeader(STRICT_TRANSPORT_SECURITY, hsts);
        }
    }
}
