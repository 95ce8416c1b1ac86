package io.github.middlewaresignals.middleware.builtin;

import java.util.ArrayList;
import java.util.List;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code security-headers} built-in, Django's {@code SecurityMiddleware} and
 * {@code XFrameOptionsMiddleware}: adds {@code X-Content-Type-Options}, {@code Referrer-Policy},
 * {@code Cross-Origin-Opener-Policy}, {@code X-Frame-Options} and, on secure requests when
 * configured, {@code Strict-Transport-Security}. Like Django's {@code setdefault}, a header the
 * handler (or Spring Security) already set is left as it is.
 */
public class SecurityHeadersMiddleware implements Middleware {

    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    private final String[] names;

    private final String[] values;

    private final String hsts;

    public SecurityHeadersMiddleware(SecurityHeadersSettings settings) {
        List<String[]> headers = new ArrayList<>();
        if (settings.contentTypeNosniff()) {
            headers.add(new String[] {"X-Content-Type-Options", "nosniff"});
        }
        addIfSet(headers, "Referrer-Policy", settings.referrerPolicy());
        addIfSet(headers, "Cross-Origin-Opener-Policy", settings.crossOriginOpenerPolicy());
        addIfSet(headers, "X-Frame-Options", settings.frameOptions());
        this.names = headers.stream().map(header -> header[0]).toArray(String[]::new);
        this.values = headers.stream().map(header -> header[1]).toArray(String[]::new);
        this.hsts = hsts(settings);
    }

    private static void addIfSet(List<String[]> headers, String header, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(new String[] {header, value.trim()});
        }
    }

    private static String hsts(SecurityHeadersSettings settings) {
        if (settings.hstsSeconds() <= 0) {
            return null;
        }
        StringBuilder value = new StringBuilder("max-age=").append(settings.hstsSeconds());
        if (settings.hstsIncludeSubdomains()) {
            value.append("; includeSubDomains");
        }
        if (settings.hstsPreload()) {
            value.append("; preload");
        }
        return value.toString();
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        addMissingHeaders(request, response);
    }

    /** A response whose processResponse was skipped (a processResponse below it threw) may still be open. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        addMissingHeaders(request, response);
    }

    private void addMissingHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
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
