package io.github.middlewaresignals.autoconfigure;

/** Checks of configured header names and values, for the setters of the middleware properties. */
final class HeaderText {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderText() {
    }

    /** @return the value, when it is an HTTP header name: one or more token characters (RFC 9110) */
    static String checkName(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must name a header, was '" + value
                    + "': write a header name, or remove the property to use the default.");
        }
        String name = value.trim();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0;
            if (!token) {
                throw new IllegalArgumentException(property + " is no header name, was '" + value
                        + "': write only letters, digits and " + TOKEN_SYMBOLS + " (no spaces, colons or control characters).");
            }
        }
        return name;
    }

    /** @return the value, trimmed, when it can be sent as an HTTP header value: printable ASCII, no line breaks; empty or null as given */
    static String checkValue(String property, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                throw new IllegalArgumentException(property + " is no header value, was '" + value
                        + "': write only printable ASCII characters, or leave it empty to send no such header.");
            }
        }
        return value.trim();
    }
}
