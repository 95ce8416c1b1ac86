package io.github.middlewaresignals.benchmarks.load;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Spring Boot with Spring Data JPA on an in-memory H2: the auto-configuration package holds the entity and repository. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class LoadBenchApplication {
}
