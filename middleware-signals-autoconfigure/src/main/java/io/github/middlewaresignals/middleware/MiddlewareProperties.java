package io.github.middlewaresignals.middleware;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The middleware chain, Django's {@code MIDDLEWARE} setting.
 */
@ConfigurationProperties(prefix = "middleware")
public class MiddlewareProperties {

    /**
     * The middleware chain, outermost first: built-in names (security-headers, request-id,
     * request-logging, timing), bean names of HandlerInterceptor beans, or fully qualified class
     * names of HandlerInterceptor classes. When absent, the application's Middleware beans run
     * in their @Order order and the built-ins do not run.
     */
    private List<String> order;

    /**
     * Per-entry settings, keyed by the name used in the order list: whether the entry is enabled,
     * and the path patterns it is limited to or skips. A class name as key needs brackets, since
     * it contains dots: middleware.entries[com.example.AuditMiddleware].enabled=false.
     */
    private Map<String, Entry> entries = new LinkedHashMap<>();

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

    /** Settings of one entry of the chain. */
    public static class Entry {

        /**
         * Whether this entry runs. Switch an entry off (e.g. per profile) without editing the
         * order list, like Django's MiddlewareNotUsed.
         */
        private boolean enabled = true;

        /**
         * Path patterns (PathPattern syntax, e.g. /api/**) the entry is limited to. Empty means
         * every path.
         */
        private List<String> include = new ArrayList<>();

        /**
         * Path patterns (PathPattern syntax, e.g. /api/internal/**) the entry skips, even when
         * they are included.
         */
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
}
