package io.github.middlewaresignals.autoconfigure;

import java.util.Map;

import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegrator;
import io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;

/**
 * Adds the model-signal integrator to the EntityManagerFactory Spring Boot builds, keeping any
 * integrator provider the application configured. Runs last, so it sees that provider.
 */
final class ModelSignalsHibernatePropertiesCustomizer implements HibernatePropertiesCustomizer, Ordered {

    private final ModelSignals signals;
    private final int maxNestingDepth;

    ModelSignalsHibernatePropertiesCustomizer(ModelSignals signals, int maxNestingDepth) {
        this.signals = signals;
        this.maxNestingDepth = maxNestingDepth;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        Object existing = hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER);
        hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER,
                new ModelSignalsIntegratorProvider(existing, new ModelSignalsIntegrator(signals, maxNestingDepth)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
