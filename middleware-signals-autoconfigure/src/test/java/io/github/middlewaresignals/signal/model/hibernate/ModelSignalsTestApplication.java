package io.github.middlewaresignals.signal.model.hibernate;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the model-signal tests run: H2, Hibernate and the repositories of the app package. */
@SpringBootApplication
public class ModelSignalsTestApplication {
}
