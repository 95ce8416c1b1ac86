package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.model.M2MChanged;
import io.github.middlewaresignals.signal.model.ModelEvent;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostInit;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreInit;
import io.github.middlewaresignals.signal.model.PreSave;
import io.github.middlewaresignals.signal.model.SaveEvent;
import io.github.middlewaresignals.signal.receiver.Entities.Article;
import io.github.middlewaresignals.signal.receiver.Entities.Author;
import io.github.middlewaresignals.signal.receiver.Entities.FeaturedArticle;
import io.github.middlewaresignals.signal.receiver.Fixtures.ModelSignalBeans;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which model signals and senders a receiver is connected to; the Hibernate bridge that fires them is tested elsewhere. */
class ModelSignalReceiverTest {

    static class ArticleReceivers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @SignalReceiver
        void slug(PreSave<Article> event) {
            calls.add("slug");
        }

        @SignalReceiver(signal = {"post_save", "post_delete"})
        void invalidate(ModelEvent<Article> event) {
            calls.add("invalidate " + event.getClass().getSimpleName());
        }

        @SignalReceiver(signal = "post_save", sender = Author.class)
        void profile(Class<?> sender, PostSave<Author> event) {
            calls.add("profile");
        }

        @SignalReceiver
        void everyDeletion(PostDelete<?> event) {
            calls.add("deleted " + event.sender().getSimpleName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ModelSignalBeans.class, ArticleReceivers.class})
    static class App {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

    /** The application most tests run: the model signal beans and the receivers of articles. */
    private ApplicationContextRunner app() {
        return runner.withUserConfiguration(App.class);
    }

    @Test
    void modelSignalsAreRegisteredByName() {
        app().run(context -> assertThat(context.getBean(SignalRegistry.class).names())
                .containsExactly("m2m_changed", "post_delete", "post_init", "post_save", "pre_delete", "pre_init", "pre_save"));
    }

    static class LaterModelSignalReceivers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @SignalReceiver
        void tags(M2MChanged<Article> event) {
            calls.add("m2m_changed " + event.action());
        }

        @SignalReceiver
        void loading(PreInit<Article> event) {
            calls.add("pre_init " + event.id());
        }

        @SignalReceiver
        void loaded(PostInit<Article> event) {
            calls.add("post_init");
        }

        @SignalReceiver(signal = {"pre_save", "post_save"})
        void saved(SaveEvent<Article> event) {
            calls.add(event.getClass().getSimpleName() + " status changed: " + event.hasChanged("status"));
        }
    }

    @Test
    void m2mChangedPreInitPostInitAndSaveEventAreResolvedFromTheParameterWithTheirSender() {
        runner.withUserConfiguration(ModelSignalBeans.class, LaterModelSignalReceivers.class).run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            LaterModelSignalReceivers receivers = context.getBean(LaterModelSignalReceivers.class);
            Article article = new Article();

            signals.m2mChanged().send(Article.class, new M2MChanged<>(Article.class, article, "tags", M2MChanged.Action.POST_CLEAR, Author.class, null));
            signals.m2mChanged().send(Author.class, new M2MChanged<>(Author.class, new Author(), "tags", M2MChanged.Action.POST_CLEAR, Article.class, null));
            signals.preInit().send(Article.class, new PreInit<>(Article.class, 7L));
            signals.postInit().send(Article.class, new PostInit<>(Article.class, article));
            signals.postInit().send(FeaturedArticle.class, new PostInit<>(FeaturedArticle.class, new FeaturedArticle()));
            signals.preSave().send(Article.class, new PreSave<>(Article.class, article, Set.of("status")));
            signals.postSave().send(Article.class, new PostSave<>(Article.class, article, false, Set.of()));
            signals.postSave().send(Author.class, new PostSave<>(Author.class, new Author(), false, Set.of("status")));

            assertThat(receivers.calls).containsExactly("m2m_changed POST_CLEAR", "pre_init 7", "post_init",
                    "PreSave status changed: true", "PostSave status changed: false");
        });
    }

    @Test
    void signalAndSenderAreInferredFromTheParameter() {
        app().run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            assertThat(signals.preSave().hasListeners(Article.class)).isTrue();
            assertThat(signals.preSave().hasListeners(Author.class)).isFalse();
            assertThat(signals.preSave().hasListeners(FeaturedArticle.class)).isFalse();
            assertThat(signals.preDelete().hasListeners()).isFalse();
        });
    }

    @Test
    void senderIsInferredFromModelEventForNamedSignals() {
        app().run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            ArticleReceivers receivers = context.getBean(ArticleReceivers.class);
            Article article = new Article();

            signals.postSave().send(Article.class, new PostSave<>(Article.class, article, true, Set.of()));
            signals.postSave().send(FeaturedArticle.class, new PostSave<>(FeaturedArticle.class, new FeaturedArticle(), true, Set.of()));

            assertThat(receivers.calls).containsExactly("invalidate PostSave");
        });
    }

    @Test
    void aNamedSenderReachesAClassTypedSenderParameter() {
        app().run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            ArticleReceivers receivers = context.getBean(ArticleReceivers.class);

            signals.postSave().send(Author.class, new PostSave<>(Author.class, new Author(), false, Set.of("name")));

            assertThat(receivers.calls).containsExactly("profile");
        });
    }

    @Test
    void aWildcardParameterReceivesEveryEntity() {
        app().run(context -> {
            ModelSignals signals = context.getBean(ModelSignals.class);
            ArticleReceivers receivers = context.getBean(ArticleReceivers.class);

            signals.postDelete().send(Author.class, new PostDelete<>(Author.class, new Author()));
            signals.postDelete().send(Article.class, new PostDelete<>(Article.class, new Article()));

            assertThat(receivers.calls).containsExactlyInAnyOrder("deleted Author", "invalidate PostDelete", "deleted Article");
            assertThat(receivers.calls.get(0)).isEqualTo("deleted Author");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @Import(ArticleReceivers.class)
    static class OnlyTheModelSignalsBean {
        @Bean
        ModelSignals modelSignals() {
            return new ModelSignals();
        }
    }

    @Test
    void aModelSignalsBeanAloneProvidesTheModelSignalsByName() {
        runner.withUserConfiguration(OnlyTheModelSignalsBean.class)
                .run(context -> {
                    ModelSignals signals = context.getBean(ModelSignals.class);
                    assertThat(context.getBean(SignalRegistry.class).find("pre_save")).containsSame(signals.preSave());
                    assertThat(signals.preSave().hasListeners(Article.class)).isTrue();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class StrayPreSave {
        @Bean
        Signal<PreSave<?>> strayPreSave() {
            return new Signal<>(ModelSignals.PRE_SAVE);
        }
    }

    @Test
    void aSignalBeanThatShadowsAModelSignalStopsStartUp() {
        app().withUserConfiguration(StrayPreSave.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                    .contains("Two different signals are named 'pre_save'").contains("'strayPreSave'");
        });
    }
}
