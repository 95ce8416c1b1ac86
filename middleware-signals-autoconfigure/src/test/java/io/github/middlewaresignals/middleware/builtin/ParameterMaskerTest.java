package io.github.middlewaresignals.middleware.builtin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterMaskerTest {

    private final ParameterMasker defaults = new ParameterMasker(RequestLoggingSettings.DEFAULTS.maskParams());

    private final MaskedValues masked = new MaskedValues();

    private String mask(String query) {
        StringBuilder out = new StringBuilder();
        defaults.appendQuery(out, query, masked);
        return out.toString();
    }

    private String maskPath(String path) {
        StringBuilder out = new StringBuilder();
        defaults.appendPath(out, path, masked);
        return out.toString();
    }

    @Test
    void masksEveryDefaultParameter() {
        assertThat(mask("password=a&token=b&secret=c&api_key=d&access_token=e"))
                .isEqualTo("password=***&token=***&secret=***&api_key=***&access_token=***");
    }

    @Test
    void leavesOtherParametersAndTheirOrderAsTheyAre() {
        assertThat(mask("page=2&q=hello+world&password=x&sort=name"))
                .isEqualTo("page=2&q=hello+world&password=***&sort=name");
        assertThat(mask("passwords=1&my_token=2&tokens=3")).isEqualTo("passwords=1&my_token=2&tokens=3");
    }

    @Test
    void matchesNamesCaseInsensitively() {
        assertThat(mask("PASSWORD=a&Token=b&Api_Key=c")).isEqualTo("PASSWORD=***&Token=***&Api_Key=***");
    }

    @Test
    void masksEveryValueOfARepeatedParameter() {
        assertThat(mask("token=a&x=1&token=b&TOKEN=c")).isEqualTo("token=***&x=1&token=***&TOKEN=***");
    }

    @Test
    void masksPercentEncodedNames() {
        assertThat(mask("pass%77ord=a&api%5Fkey=b&%50ASSWORD=c&access%5ftoken=d"))
                .isEqualTo("pass%77ord=***&api%5Fkey=***&%50ASSWORD=***&access%5ftoken=***");
    }

    @Test
    void masksValuesContainingEqualsSigns() {
        assertThat(mask("token=abc==&a=b=c")).isEqualTo("token=***&a=b=c");
    }

    @Test
    void keepsParametersWithoutValueAndEmptySegments() {
        assertThat(mask("password&&token=&flag")).isEqualTo("password&&token=***&flag");
        assertThat(mask("")).isEmpty();
        assertThat(mask("a=1&")).isEqualTo("a=1&");
    }

    @Test
    void masksAValueWithAMalformedEscapeAndLeavesMalformedNamesAlone() {
        assertThat(mask("pass%zzword=a&%=b&token%=c&password=hunter2%zz"))
                .isEqualTo("pass%zzword=a&%=b&token%=c&password=***");
    }

    @Test
    void escapesControlCharactersInNamesAndValues() {
        assertThat(mask("a=1\n2&b\r=x&token=\n")).isEqualTo("a=1\\n2&b\\r=x&token=***");
    }

    @Test
    void masksMatrixParametersInEverySegment() {
        assertThat(maskPath("/users;password=a;page=2/42;Token=b,c/x;y")).isEqualTo("/users;password=***;page=2/42;Token=***/x;y");
        assertThat(maskPath("/plain/path")).isEqualTo("/plain/path");
        assertThat(maskPath("/a;;secret=/b\n")).isEqualTo("/a;;secret=***/b\\n");
    }

    @Test
    void handsEveryMaskedValueOnAsSentAndAsDecoded() {
        mask("password=hunter2%zz&token=a%20b+c&q=public");
        maskPath("/p;secret=caf%C3%A9");
        assertThat(masked.scrub("hunter2%zz a%20b+c a b c caf%C3%A9 caf\u00e9 public"))
                .isEqualTo("*** *** *** *** *** public");
    }

    @Test
    void scrubsNothingWhenNothingWasMasked() {
        mask("q=hunter2");
        assertThat(masked.scrub("hunter2")).isEqualTo("hunter2");
        assertThat(masked.scrub(null)).isNull();
    }

    @Test
    void usesTheConfiguredNamesOnly() {
        ParameterMasker custom = new ParameterMasker(List.of(" ssn ", "", "pin"));
        StringBuilder out = new StringBuilder();
        custom.appendQuery(out, "ssn=1&password=2&PIN=3", masked);
        assertThat(out).hasToString("ssn=***&password=2&PIN=***");
    }

    @Test
    void masksNothingWithAnEmptyList() {
        ParameterMasker none = new ParameterMasker(List.of());
        StringBuilder out = new StringBuilder();
        none.appendQuery(out, "password=1\n", masked);
        none.appendPath(out, "/a;password=2", masked);
        assertThat(out).hasToString("password=1\\n/a;password=2");
    }
}
