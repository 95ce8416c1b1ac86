package io.github.middlewaresignals.middleware.builtin;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** Start-up checks of configured header names and values, reported against the property that holds them. */
final class HeaderChecks {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderChecks() {
    }

    /** An HTTP header name: one or more token characters (RFC 9110). */
    static String name(String property, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException(property, value,
                    "A header name is required; set one or remove the property to use the default.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0;
            if (!token) {
                throw new InvalidConfigurationPropertyValueException(property, value,
                        "A header name may contain only letters, digits and " + TOKEN_SYMBOLS
                                + " (no spaces, colons or control characters).");
            }
        }
        return value;
    }

    /** An HTTP header value: visible ASCII, spaces and tabs, no line breaks that would split the header. */
    static String value(String property, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                throw new InvalidConfigurationPropertyValueException(property, value,
                        "A header value may contain only printable ASCII characters.");
            }
        }
        return value.trim();
    }
}
