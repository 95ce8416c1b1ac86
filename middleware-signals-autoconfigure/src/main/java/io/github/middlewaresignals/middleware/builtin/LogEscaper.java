package io.github.middlewaresignals.middleware.builtin;

/**
 * Writes untrusted text into a log line so that it can neither start a new line nor hide
 * what it is: C0 and C1 control characters, DEL, the Unicode line and paragraph separators
 * and the bidirectional formatting characters become visible escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \u2028}, ...). A backslash is doubled, so an escape in the log always
 * means the character was really there.
 */
final class LogEscaper {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogEscaper() {
    }

    static void append(StringBuilder out, String text) {
        append(out, text, 0, text.length(), false);
    }

    /** Like {@link #append(StringBuilder, String)}, also escaping {@code "} for use inside quotes. */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        append(out, text, 0, text.length(), true);
        out.append('"');
    }

    static void append(StringBuilder out, String text, int from, int to) {
        append(out, text, from, to, false);
    }

    private static void append(StringBuilder out, String text, int from, int to, boolean quoted) {
        int clean = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (needsEscape(c) || (quoted && c == '"')) {
                out.append(text, clean, i);
                escape(out, c);
                clean = i + 1;
            }
        }
        out.append(text, clean, to);
    }

    static boolean needsEscape(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return c == '\\';
        }
        return c < 0x20
                || c <= 0x9f                           // DEL and C1 controls, NEL among them
                || c == '\u2028' || c == '\u2029'       // line and paragraph separators
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');   // bidi controls that reorder what a reader sees
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            case '"' -> out.append("\\\"");
            default -> out.append("\\u")
                    .append(HEX[(c >> 12) & 0xf])
                    .append(HEX[(c >> 8) & 0xf])
                    .append(HEX[(c >> 4) & 0xf])
                    .append(HEX[c & 0xf]);
        }
    }
}
