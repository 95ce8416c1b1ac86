package io.github.middlewaresignals.middleware.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * The checks of {@code middleware.order} and {@code middleware.entries} that need no bean: a name
 * listed twice, settings for a name that is not listed, too many entries, a bad path pattern.
 */
final class OrderChecks {

    private OrderChecks() {
    }

    static List<PathPattern> patterns(String name, String kind, List<String> patterns) {
        List<PathPattern> parsed = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            try {
                parsed.add(PathPatternParser.defaultInstance.parse(pattern));
            }
            catch (PatternParseException failure) {
                throw new MiddlewareConfigurationException(
                        "middleware.entries." + name + "." + kind + " has an invalid path pattern '" + pattern + "': "
                                + failure.getMessage(),
                        "Write the pattern in Spring's PathPattern syntax, e.g. /api/** or /users/{id}.", failure);
            }
        }
        return parsed;
    }

    static void checkForDuplicateNames(List<String> order) {
        Set<String> seen = new LinkedHashSet<>();
        for (String name : order) {
            if (!seen.add(name)) {
                throw new MiddlewareConfigurationException(
                        "middleware.order lists '" + name + "' more than once: " + order + ".",
                        "List each middleware once in middleware.order.");
            }
        }
    }

    static void checkEntriesAreListed(Map<String, EntrySettings> settings,
                                              List<String> names, String where) {
        for (String key : settings.keySet()) {
            if (!names.contains(key)) {
                String hint = BuiltinMiddlewareNames.ALL.contains(key) && !names.contains(key)
                        ? " A built-in middleware runs only when it is listed in middleware.order." : "";
                throw new MiddlewareConfigurationException(
                        "middleware.entries." + key + " configures '" + key + "', which is not in " + where
                                + " " + names + "." + hint,
                        "Correct the name under middleware.entries to one of " + names
                                + " (a likely typo), or add '" + key + "' to middleware.order.");
            }
        }
    }

    static void checkSize(int size) {
        if (size > MiddlewareChain.MAX_ENTRIES) {
            throw new MiddlewareConfigurationException(
                    "The middleware chain has " + size + " entries; at most " + MiddlewareChain.MAX_ENTRIES
                            + " are supported.",
                    "Combine middleware, or remove entries from middleware.order.");
        }
    }
}
