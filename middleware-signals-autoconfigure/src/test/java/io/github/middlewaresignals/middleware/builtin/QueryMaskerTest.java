package io.github.middlewaresignals.middleware.builtin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMaskerTest {

    private final QueryMasker defaults = new QueryMasker(new RequestLoggingProperties().getMaskParams());

    private String mask(String query) {
        StringBuilder out = new StringBuilder();
        defaults.append(out, query);
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
    void toleratesMalformedEncoding() {
        assertThat(mask("pass%zzword=a&%=b&token%=c")).isEqualTo("pass%zzword=a&%=b&token%=c");
    }

    @Test
    void escapesControlCharactersInNamesAndValues() {
        assertThat(mask("a=1\n2&b\r=x&token=\n")).isEqualTo("a=1\\n2&b\\r=x&token=***");
    }

    @Test
    void usesTheConfiguredNamesOnly() {
        QueryMasker custom = new QueryMasker(List.of(" ssn ", "", "pin"));
        StringBuilder out = new StringBuilder();
        custom.append(out, "ssn=1&password=2&PIN=3");
        assertThat(out).hasToString("ssn=***&password=2&PIN=***");
    }

    @Test
    void masksNothingWithAnEmptyList() {
        QueryMasker none = new QueryMasker(List.of());
        StringBuilder out = new StringBuilder();
        none.append(out, "password=1\n");
        assertThat(out).hasToString("password=1\\n");
    }
}
