package io.github.middlewaresignals.middleware.builtin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes percent-escapes as UTF-8 and never fails: a malformed escape ({@code %zz}, a lone
 * {@code %}) stays as it was, since a request that carries one must still be logged, and masked.
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * @param plusIsSpace whether {@code +} stands for a space, as in a query string
     */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high << 4 | low);
                i += 3;
                continue;
            }
            if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            }
            else {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
