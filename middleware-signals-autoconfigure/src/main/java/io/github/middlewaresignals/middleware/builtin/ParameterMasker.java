package io.github.middlewaresignals.middleware.builtin;

import java.util.Collection;

/**
 * Writes a request's raw path and query string into a log line with the values of sensitive
 * parameters replaced by {@code ***}: query parameters ({@code ?password=x}) and matrix
 * parameters ({@code /path;password=x}) alike. Names match case-insensitively, also when the
 * client percent-encoded them ({@code pass%77ord}); every occurrence of a repeated parameter is
 * masked. Each masked value is handed to {@link MaskedValues}, so the rest of the line can be kept
 * free of it. The output is escaped with {@link LogEscaper}.
 */
final class ParameterMasker {

    private final String[] names;

    ParameterMasker(Collection<String> names) {
        this.names = names.stream()
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toArray(String[]::new);
    }

    /** Appends a raw path, masking the values of its matrix parameters ({@code ;name=value} in a segment). */
    void appendPath(StringBuilder out, String path, MaskedValues masked) {
        int semicolon = names.length == 0 ? -1 : path.indexOf(';');
        if (semicolon < 0) {
            LogEscaper.append(out, path);
            return;
        }
        LogEscaper.append(out, path, 0, semicolon);
        int length = path.length();
        int start = semicolon;
        while (start < length) {
            // start is at ';' or '/'; a parameter runs to the next of either
            char separator = path.charAt(start);
            int end = start + 1;
            while (end < length && path.charAt(end) != ';' && path.charAt(end) != '/') {
                end++;
            }
            out.append(separator);
            if (separator == ';') {
                appendParameter(out, path, start + 1, end, masked, false);
            }
            else {
                LogEscaper.append(out, path, start + 1, end);
            }
            start = end;
        }
    }

    /** Appends a raw query string, masking the values of the configured parameters. */
    void appendQuery(StringBuilder out, String query, MaskedValues masked) {
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
            appendParameter(out, query, start, end, masked, true);
            if (end < length) {
                out.append('&');
            }
            start = end + 1;
        }
    }

    private void appendParameter(StringBuilder out, String text, int start, int end, MaskedValues masked,
                                 boolean query) {
        int equals = start;
        while (equals < end && text.charAt(equals) != '=') {
            equals++;
        }
        if (equals < end && isMasked(text, start, equals, query)) {
            LogEscaper.append(out, text, start, equals);
            out.append('=').append(MaskedValues.MASK);
            masked.add(text.substring(equals + 1, end), query);
        }
        else {
            LogEscaper.append(out, text, start, end);
        }
    }

    private boolean isMasked(String text, int start, int end, boolean query) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '+') {
                return isMaskedName(PercentDecoder.decode(text.substring(start, end), query));
            }
        }
        int length = end - start;
        for (String name : names) {
            if (name.length() == length && text.regionMatches(true, start, name, 0, length)) {
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
}
