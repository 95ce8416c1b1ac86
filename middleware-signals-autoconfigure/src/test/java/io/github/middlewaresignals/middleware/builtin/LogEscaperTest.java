package io.github.middlewaresignals.middleware.builtin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogEscaperTest {

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        LogEscaper.append(out, text);
        return out.toString();
    }

    @Test
    void leavesPrintableTextAsItIs() {
        String text = "/api/users?name=J%C3%BCrgen&sort=-id ~!@#$%^&*()_+{}|:<>[];',./ äöü 日本";
        assertThat(escape(text)).isEqualTo(text);
    }

    @Test
    void escapesLineBreaksAndTabsByName() {
        assertThat(escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    }

    @Test
    void doublesBackslashesSoAnEscapeIsNeverAmbiguous() {
        assertThat(escape("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    void escapesEveryC0ControlCharacter() {
        for (char c = 0; c < 0x20; c++) {
            String escaped = escape("x" + c + "y");
            assertThat(escaped).as("U+%04X", (int) c).startsWith("x\\").endsWith("y").hasSizeGreaterThan(3);
            assertThat(containsUnsafe(escaped)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(escape("\u0000")).isEqualTo("\\u0000");
        assertThat(escape("\u001b[31m")).isEqualTo("\\u001b[31m");
    }

    @Test
    void escapesDeleteAndEveryC1ControlCharacter() {
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertThat(escape(String.valueOf(c))).isEqualTo(String.format("\\u%04x", (int) c));
        }
        assertThat(escape("a\u0085b")).isEqualTo("a\\u0085b");
    }

    @Test
    void escapesUnicodeLineAndParagraphSeparators() {
        assertThat(escape("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    }

    @Test
    void escapesBidiControlsThatWouldReorderTheLine() {
        assertThat(escape("\u202eevil\u202c \u2066\u2069 \u200e\u200f\u061c"))
                .isEqualTo("\\u202eevil\\u202c \\u2066\\u2069 \\u200e\\u200f\\u061c");
    }

    @Test
    void quotedFormAlsoEscapesQuotes() {
        StringBuilder out = new StringBuilder();
        LogEscaper.appendQuoted(out, "say \"hi\"\n");
        assertThat(out).hasToString("\"say \\\"hi\\\"\\n\"");
    }

    @Test
    void escapesOnlyTheGivenRange() {
        StringBuilder out = new StringBuilder();
        LogEscaper.append(out, "\nab\ncd\n", 1, 6);
        assertThat(out).hasToString("ab\\ncd");
    }

    private static boolean containsUnsafe(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029);
    }
}
