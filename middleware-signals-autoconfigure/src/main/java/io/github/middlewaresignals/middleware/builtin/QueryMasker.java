package io.github.middlewaresignals.middleware.builtin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes a raw query string into a log line with the values of sensitive parameters replaced
 * by {@code ***}. Names match case-insensitively, also when the client percent-encoded them
 * ({@code pass%77ord}); every occurrence of a repeated parameter is masked. The output is
 * escaped with {@link LogEscaper}.
 */
final class QueryMasker {

    static final String MASK = "***";

    private final String[] names;

    QueryMasker(Collection<String> names) {
        this.names = names.stream()
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toArray(String[]::new);
    }

    void append(StringBuilder out, String query) {
        if (names.length == 0) {
            LogEscaper.append(out, query);
            return;
        }
        int length = query.length();
        int start = 0;
        while (start <= length) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            appendParameter(out, query, start, end);
            if (end < length) {
                out.append('&');
            }
            start = end + 1;
        }
    }

    private void appendParameter(StringBuilder out, String query, int start, int end) {
        int equals = start;
        while (equals < end && query.charAt(equals) != '=') {
            equals++;
        }
        if (equals < end && isMasked(query, start, equals)) {
            LogEscaper.append(out, query, start, equals);
            out.append('=').append(MASK);
        }
        else {
            LogEscaper.append(out, query, start, end);
        }
    }

    private boolean isMasked(String query, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = query.charAt(i);
            if (c == '%' || c == '+') {
                return isMaskedName(decode(query.substring(start, end)));
            }
        }
        int length = end - start;
        for (String name : names) {
            if (name.length() == length && query.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private boolean isMaskedName(String name) {
        for (String masked : names) {
            if (masked.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
