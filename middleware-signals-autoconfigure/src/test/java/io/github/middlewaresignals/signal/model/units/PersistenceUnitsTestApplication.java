package io.github.middlewaresignals.signal.model.units;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegrator;
import io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegratorProvider;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * An application with four persistence units on one database: two built with Spring Boot's
 * {@link EntityManagerFactoryBuilder}, one built by hand, and one built by hand with the
 * model-signal integrator added as the README shows.
 */
@SpringBootApplication
public class PersistenceUnitsTestApplication {

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder, DataSource dataSource) {
        return builder.dataSource(dataSource).managedTypes(PersistenceManagedTypes.of(PrimaryUnitNote.class.getName()))
                .persistenceUnit("primary").build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean secondEntityManagerFactory(EntityManagerFactoryBuilder builder, DataSource dataSource) {
        return builder.dataSource(dataSource).managedTypes(PersistenceManagedTypes.of(SecondUnitNote.class.getName()))
                .persistenceUnit("second").build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean handBuiltEntityManagerFactory(DataSource dataSource) {
        return handBuilt(dataSource, HandBuiltUnitNote.class, new HashMap<>());
    }

    @Bean
    LocalContainerEntityManagerFactoryBean wiredEntityManagerFactory(DataSource dataSource, ModelSignals modelSignals) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(JpaSettings.INTEGRATOR_PROVIDER, new ModelSignalsIntegratorProvider(null,
                new ModelSignalsIntegrator(modelSignals, ModelSignalsIntegrator.DEFAULT_MAX_NESTING_DEPTH)));
        return handBuilt(dataSource, WiredUnitNote.class, properties);
    }

    private static LocalContainerEntityManagerFactoryBean handBuilt(DataSource dataSource, Class<?> entity,
                                                                   Map<String, Object> properties) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setManagedTypes(PersistenceManagedTypes.of(entity.getName()));
        factory.setPersistenceUnitName(entity.getSimpleName());
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        properties.put(SchemaToolingSettings.HBM2DDL_AUTO, "create-drop");
        factory.setJpaPropertyMap(properties);
        return factory;
    }
}
