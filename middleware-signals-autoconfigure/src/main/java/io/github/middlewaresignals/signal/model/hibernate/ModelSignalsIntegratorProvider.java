package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

/**
 * The value of {@value JpaSettings#INTEGRATOR_PROVIDER}: the application's own integrator
 * provider, if one was configured, plus the model-signal integrator.
 */
public final class ModelSignalsIntegratorProvider implements IntegratorProvider {

    private final Object existing;
    private final Integrator integrator;

    /**
     * @param existing   the setting's previous value (an {@link IntegratorProvider}, its class, or its
     *                   class name), or {@code null}
     * @param integrator the integrator to add
     */
    public ModelSignalsIntegratorProvider(Object existing, Integrator integrator) {
        this.existing = existing;
        this.integrator = integrator;
    }

    /** @return the provider that was configured before, as configured, or {@code null} */
    public Object existing() {
        return existing;
    }

    @Override
    public List<Integrator> getIntegrators() {
        List<Integrator> integrators = new ArrayList<>();
        if (existing != null) {
            integrators.addAll(resolve(existing).getIntegrators());
        }
        integrators.add(integrator);
        return integrators;
    }

    private static IntegratorProvider resolve(Object setting) {
        if (setting instanceof IntegratorProvider provider) {
            return provider;
        }
        try {
            Class<?> type = setting instanceof Class<?> c ? c
                    : Class.forName(setting.toString().trim(), true, Thread.currentThread().getContextClassLoader());
            return (IntegratorProvider) type.getDeclaredConstructor().newInstance();
        }
        catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("The setting " + JpaSettings.INTEGRATOR_PROVIDER + " = " + setting
                    + " does not name an org.hibernate.jpa.boot.spi.IntegratorProvider with a public no-argument constructor", e);
        }
    }
}
