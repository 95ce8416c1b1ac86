package io.github.middlewaresignals.compat;

import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's tests in this module run on what Spring Boot 4.1 brings, not on what the library was built with. */
class SpringBootVersionTest {

    @Test
    void runsOnSpringBoot41AndHibernate74() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.1.");
        assertThat(Version.getVersionString()).startsWith("7.4.");
    }
}
