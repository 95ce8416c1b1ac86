package io.github.middlewaresignals.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** Auto-configurations a benchmark application switches off, as a Spring Boot property line. */
public final class Exclusions {

    /**
     * The module has Spring Data JPA and H2 on its class path for the persistence benchmark; the
     * other applications switch the database off, so that neither start-up nor request handling
     * (open-session-in-view) carries any JPA work.
     */
    public static final List<String> DATABASE = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");

    private Exclusions() {
    }

    /**
     * @return every auto-configuration the starter registers, read from its
     *         {@code AutoConfiguration.imports} so that new ones are excluded too: the baselines
     *         run with the starter on the class path but switched off
     */
    public static List<String> starter() {
        List<String> starter = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, Exclusions.class.getClassLoader())) {
            if (candidate.startsWith("io.github.middlewaresignals.")) {
                starter.add(candidate);
            }
        }
        if (starter.isEmpty()) {
            throw new IllegalStateException("Found none of the starter's auto-configurations to exclude");
        }
        return starter;
    }

    /** @return the {@code spring.autoconfigure.exclude=…} line for these groups of auto-configurations */
    @SafeVarargs
    public static String property(List<String>... groups) {
        return "spring.autoconfigure.exclude=" + String.join(",", Stream.of(groups).flatMap(List::stream).toList());
    }
}
