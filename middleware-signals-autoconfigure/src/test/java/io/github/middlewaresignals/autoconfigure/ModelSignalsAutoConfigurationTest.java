package io.github.middlewaresignals.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ModelSignalsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                    SignalsAutoConfiguration.class, ModelSignalsAutoConfiguration.class))
            .withUserConfiguration(Entities.class);

    @Test
    void withJpaTheModelSignalsAreBeansAndHibernateSendsThem() {
        runner.run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            assertThat(context.getBean("preSaveSignal")).isSameAs(signals.preSave());
            assertThat(context.getBean("postSaveSignal")).isSameAs(signals.postSave());
            assertThat(context.getBean("preDeleteSignal")).isSameAs(signals.preDelete());
            assertThat(context.getBean("postDeleteSignal")).isSameAs(signals.postDelete());
            assertThat(context.getBean("m2mChangedSignal")).isSameAs(signals.m2mChanged());
            assertThat(context.getBean("preInitSignal")).isSameAs(signals.preInit());
            assertThat(context.getBean("postInitSignal")).isSameAs(signals.postInit());
            assertThat(context.getBeansOfType(Signal.class)).hasSize(7);

            List<String> received = record(signals);
            persistAuthor(context, "Ada");
            assertThat(received).containsExactly("pre_save Ada", "post_save Ada");
        });
    }

    @Test
    void withoutJpaOnTheClasspathThereAreNoModelSignalsAndTheContextStarts() {
        runner.withClassLoader(new FilteredClassLoader("jakarta.persistence", "org.hibernate"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ModelSignals.class);
                    assertThat(context).doesNotHaveBean("postSaveSignal");
                });
    }

    @Test
    void withoutSpringBootsHibernateModuleThereAreNoModelSignals() {
        runner.withClassLoader(new FilteredClassLoader(HibernatePropertiesCustomizer.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ModelSignals.class);
                    assertThat(context).doesNotHaveBean("postSaveSignal");
                });
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnModelSignalsAndHibernateSendsToThem() {
        runner.withUserConfiguration(OwnModelSignals.class).run(context -> {
            ModelSignals own = context.getBean(OwnModelSignals.class).signals;
            assertThat(context.getBean(ModelSignals.class)).isSameAs(own);
            assertThat(context.getBean("postSaveSignal")).isSameAs(own.postSave());

            List<String> received = record(own);
            persistAuthor(context, "Ada");
            assertThat(received).containsExactly("pre_save Ada", "post_save Ada");
        });
    }

    @Test
    void anIntegratorProviderSetByACustomizerIsKept() {
        runner.withUserConfiguration(OwnIntegratorProvider.class).run(context -> {
            assertThat(context.getBean(OwnIntegratorProvider.class).integrations).hasValue(1);
            List<String> received = record(context.getBean(ModelSignals.class));
            persistAuthor(context, "Ada");
            assertThat(received).containsExactly("pre_save Ada", "post_save Ada");
        });
    }

    @Test
    void anIntegratorProviderNamedInTheJpaPropertiesIsKept() {
        CountingIntegratorProvider.INTEGRATIONS.set(0);
        runner.withPropertyValues("spring.jpa.properties.hibernate.integrator_provider=" + CountingIntegratorProvider.class.getName())
                .run(context -> {
                    assertThat(CountingIntegratorProvider.INTEGRATIONS).hasValue(1);
                    List<String> received = record(context.getBean(ModelSignals.class));
                    persistAuthor(context, "Ada");
                    assertThat(received).containsExactly("pre_save Ada", "post_save Ada");
                });
    }

    @Test
    void twoApplicationContextsNeverSeeEachOthersSignals() {
        runner.run(first -> runner.run(second -> {
            List<String> inFirst = record(first.getBean(ModelSignals.class));
            List<String> inSecond = record(second.getBean(ModelSignals.class));

            persistAuthor(first, "First");
            persistAuthor(second, "Second");

            assertThat(inFirst).containsExactly("pre_save First", "post_save First");
            assertThat(inSecond).containsExactly("pre_save Second", "post_save Second");
        }));
    }

    @Test
    void disabledModelSignalsExistButAreNotSentByHibernate() {
        runner.withPropertyValues("signals.model.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean("modelSignalsHibernatePropertiesCustomizer").hasBean("postSaveSignal");
            List<String> received = record(context.getBean(ModelSignals.class));
            persistAuthor(context, "Ada");
            assertThat(received).isEmpty();
        });
    }

    @Test
    void aNestingDepthBelowOneStopsStartUpWithTheValueToWrite() {
        runner.withPropertyValues("signals.model.max-nesting-depth=0").run(context -> assertThat(context)
                .getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signals.model.max-nesting-depth must be at least 1, was 0: write the number of nested rounds to allow, "
                        + "e.g. signals.model.max-nesting-depth=16 (the default)"));
    }

    @Test
    void theNestingDepthIsBoundFromSignalsModel() {
        runner.withPropertyValues("signals.model.max-nesting-depth=3", "signals.model.enabled=false")
                .run(context -> assertThat(context.getBean(SignalsProperties.class).getModel())
                        .returns(3, SignalsProperties.Model::getMaxNestingDepth)
                        .returns(false, SignalsProperties.Model::isEnabled));
    }

    private static List<String> record(ModelSignals signals) {
        List<String> received = new ArrayList<>();
        signals.preSave().connect((sender, e) -> received.add("pre_save " + ((IdentityAuthor) e.instance()).getName()),
                IdentityAuthor.class);
        signals.postSave().connect((sender, e) -> received.add("post_save " + ((IdentityAuthor) e.instance()).getName()),
                IdentityAuthor.class);
        return received;
    }

    private static void persistAuthor(ApplicationContext context, String name) {
        EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
        try {
            entityManager.getTransaction().begin();
            entityManager.persist(new IdentityAuthor(name));
            entityManager.getTransaction().commit();
        }
        finally {
            entityManager.close();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = IdentityAuthor.class)
    static class Entities {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnModelSignals {

        final ModelSignals signals = new ModelSignals();

        @Bean
        ModelSignals ownModelSignals() {
            return signals;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnIntegratorProvider {

        final AtomicInteger integrations = new AtomicInteger();

        @Bean
        HibernatePropertiesCustomizer ownIntegratorProvider() {
            Integrator counting = new Integrator() {
                @Override
                public void integrate(org.hibernate.boot.Metadata metadata, org.hibernate.boot.spi.BootstrapContext bootstrapContext,
                                      org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory) {
                    integrations.incrementAndGet();
                }
            };
            IntegratorProvider provider = () -> List.of(counting);
            return (Map<String, Object> properties) -> properties.put("hibernate.integrator_provider", provider);
        }
    }

    /** Named by class in the JPA properties, so Hibernate creates it. */
    public static class CountingIntegratorProvider implements IntegratorProvider {

        static final AtomicInteger INTEGRATIONS = new AtomicInteger();

        @Override
        public List<Integrator> getIntegrators() {
            return List.of(new Integrator() {
                @Override
                public void integrate(org.hibernate.boot.Metadata metadata, org.hibernate.boot.spi.BootstrapContext bootstrapContext,
                                      org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory) {
                    INTEGRATIONS.incrementAndGet();
                }
            });
        }
    }
}
