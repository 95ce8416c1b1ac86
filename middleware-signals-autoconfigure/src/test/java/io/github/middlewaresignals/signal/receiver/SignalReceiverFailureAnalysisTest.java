package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.ModelEvent;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreSave;
import io.github.middlewaresignals.signal.receiver.Entities.Article;
import io.github.middlewaresignals.signal.receiver.Entities.Auditable;
import io.github.middlewaresignals.signal.receiver.Entities.Author;
import io.github.middlewaresignals.signal.receiver.Entities.NotAnEntity;
import io.github.middlewaresignals.signal.receiver.Fixtures.ModelSignalBeans;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderCompleted;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderRefunded;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/** Every bad declaration stops start-up with a report that names the method, the problem and the fix. */
@ExtendWith(OutputCaptureExtension.class)
class SignalReceiverFailureAnalysisTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
            .withUserConfiguration(OrderSignals.class);

    private static FailureAnalysis analysisOf(ApplicationContextRunner runner, Class<?> receivers) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner.withUserConfiguration(receivers).run(context -> {
            assertThat(context).hasFailed();
            analysis[0] = new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).as("failure analysis").isNotNull();
        return analysis[0];
    }

    /** The analysis for an application with custom and model signals, and these receivers. */
    private FailureAnalysis analysisOf(Class<?> receivers) {
        return analysisOf(runner.withUserConfiguration(ModelSignalBeans.class), receivers);
    }

    private static String method(Class<?> type, String name) {
        return type.getName() + "#" + name;
    }

    static class UnknownName {
        @SignalReceiver(signal = "order_complete")
        void confirm(OrderCompleted event) {
        }
    }

    @Test
    void rejectsAnUnknownSignalNameAndListsTheKnownNames() {
        FailureAnalysis analysis = analysisOf(UnknownName.class);
        assertThat(analysis.getDescription())
                .contains(method(UnknownName.class, "confirm"))
                .contains("unknown signal 'order_complete'")
                .contains("[m2m_changed, order_completed, order_refunded, post_delete, post_init, post_save, pre_delete, pre_init, pre_save]");
        assertThat(analysis.getAction()).contains("known signal names");
    }

    static class ModelSignalWithoutJpa {
        @SignalReceiver
        void slug(PreSave<Article> event) {
        }
    }

    @Test
    void rejectsAModelSignalReceiverWithoutJpaAndPointsAtTheJpaStarter() {
        FailureAnalysis analysis = analysisOf(runner, ModelSignalWithoutJpa.class);
        assertThat(analysis.getDescription()).contains(method(ModelSignalWithoutJpa.class, "slug")).contains("no 'pre_save' signal");
        assertThat(analysis.getAction()).contains("spring-boot-starter-data-jpa");
    }

    static class WrongPayload {
        @SignalReceiver(signal = "order_completed")
        void confirm(OrderRefunded event) {
        }
    }

    @Test
    void rejectsAPayloadParameterThatCannotTakeTheSignalsPayload() {
        FailureAnalysis analysis = analysisOf(WrongPayload.class);
        assertThat(analysis.getDescription())
                .contains(method(WrongPayload.class, "confirm"))
                .contains("cannot take the signal's payload " + OrderCompleted.class.getName());
        assertThat(analysis.getAction()).contains("OrderCompleted or one of its supertypes");
    }

    static class WrongModelPayload {
        @SignalReceiver(signal = "pre_save")
        void slug(PostSave<Article> event) {
        }
    }

    @Test
    void rejectsTheModelPayloadOfAnotherSignal() {
        assertThat(analysisOf(WrongModelPayload.class).getDescription())
                .contains(method(WrongModelPayload.class, "slug")).contains("cannot receive signal 'pre_save'");
    }

    static class NoParameters {
        @SignalReceiver(signal = "order_completed")
        void confirm() {
        }
    }

    @Test
    void rejectsAMethodWithoutParametersAndShowsBothForms() {
        FailureAnalysis analysis = analysisOf(NoParameters.class);
        assertThat(analysis.getDescription()).contains(method(NoParameters.class, "confirm")).contains("takes 0 parameters");
        assertThat(analysis.getAction()).contains("confirm(Object sender, Payload payload)");
    }

    static class ThreeParameters {
        @SignalReceiver(signal = "order_completed")
        void confirm(Object sender, OrderCompleted event, String extra) {
        }
    }

    @Test
    void rejectsAMethodWithThreeParameters() {
        assertThat(analysisOf(ThreeParameters.class).getDescription())
                .contains(method(ThreeParameters.class, "confirm")).contains("takes 3 parameters");
    }

    static class NarrowSenderParameter {
        @SignalReceiver(signal = "order_completed")
        void confirm(String sender, OrderCompleted event) {
        }
    }

    @Test
    void rejectsASenderParameterThatCannotHoldEverySender() {
        FailureAnalysis analysis = analysisOf(NarrowSenderParameter.class);
        assertThat(analysis.getDescription())
                .contains(method(NarrowSenderParameter.class, "confirm")).contains("declared String");
        assertThat(analysis.getAction()).contains("Declare the first parameter as Object");
    }

    static class NonEntitySender {
        @SignalReceiver(signal = "pre_save", sender = NotAnEntity.class)
        void slug(PreSave<?> event) {
        }
    }

    @Test
    void rejectsANamedSenderThatIsNoEntityForAModelSignal() {
        FailureAnalysis analysis = analysisOf(NonEntitySender.class);
        assertThat(analysis.getDescription())
                .contains(method(NonEntitySender.class, "slug")).contains(NotAnEntity.class.getName()).contains("not a JPA @Entity");
        assertThat(analysis.getAction()).contains("@Entity classes as senders");
    }

    static class InterfaceTypeArgument {
        @SignalReceiver
        void audit(PreSave<Auditable> event) {
        }
    }

    @Test
    void rejectsAnInferredSenderThatIsNoEntity() {
        FailureAnalysis analysis = analysisOf(InterfaceTypeArgument.class);
        assertThat(analysis.getDescription())
                .contains(method(InterfaceTypeArgument.class, "audit")).contains(Auditable.class.getName()).contains("not a JPA @Entity");
        assertThat(analysis.getAction()).contains("PreSave<?>");
    }

    static class SenderOutsideTypeArgument {
        @SignalReceiver(signal = "post_save", sender = Author.class)
        void profile(PostSave<Article> event) {
        }
    }

    @Test
    void rejectsANamedSenderThatTheParameterCannotTake() {
        assertThat(analysisOf(SenderOutsideTypeArgument.class).getDescription())
                .contains(method(SenderOutsideTypeArgument.class, "profile")).contains("only takes events of " + Article.class.getName());
    }

    static class NoMatchingSignal {
        @SignalReceiver
        void confirm(String event) {
        }
    }

    @Test
    void rejectsAnUnnamedSignalThatNoSignalBeanFits() {
        FailureAnalysis analysis = analysisOf(NoMatchingSignal.class);
        assertThat(analysis.getDescription()).contains(method(NoMatchingSignal.class, "confirm")).contains("no Signal bean carries a payload");
        assertThat(analysis.getAction()).contains("@SignalReceiver(signal = \"...\")");
    }

    static class AmbiguousObject {
        @SignalReceiver
        void everything(Object event) {
        }
    }

    @Test
    void rejectsAnUnnamedSignalThatSeveralSignalBeansFit() {
        FailureAnalysis analysis = analysisOf(AmbiguousObject.class);
        assertThat(analysis.getDescription())
                .contains(method(AmbiguousObject.class, "everything")).contains("fits several signals").contains("order_completed");
        assertThat(analysis.getAction()).contains("@SignalReceiver(signal = {");
    }

    static class AmbiguousModelEvent {
        @SignalReceiver
        void invalidate(ModelEvent<Article> event) {
        }
    }

    @Test
    void rejectsAModelEventParameterWithoutSignalNamesAsAmbiguous() {
        assertThat(analysisOf(AmbiguousModelEvent.class).getDescription())
                .contains("fits several signals").contains("post_save").contains("pre_delete");
    }

    @Configuration(proxyBeanMethods = false)
    static class AsyncImmediate {
        @SignalReceiver(signal = "order_completed", async = true)
        void mail(OrderCompleted event) {
        }
    }

    @Test
    void rejectsAnAsyncReceiverThatWouldSeeUncommittedData() {
        FailureAnalysis analysis = analysisOf(AsyncImmediate.class);
        assertThat(analysis.getDescription())
                .contains(method(AsyncImmediate.class, "mail"))
                .contains("async with phase = IMMEDIATE")
                .contains("not committed");
        assertThat(analysis.getAction()).contains("phase = Phase.AFTER_COMMIT").contains("async = true");
    }

    static class AsyncBeforeCommit {
        @SignalReceiver(signal = "order_completed", phase = Phase.BEFORE_COMMIT, async = true)
        void audit(OrderCompleted event) {
        }
    }

    @Test
    void rejectsAnAsyncBeforeCommitReceiver() {
        FailureAnalysis analysis = analysisOf(AsyncBeforeCommit.class);
        assertThat(analysis.getDescription()).contains(method(AsyncBeforeCommit.class, "audit")).contains("BEFORE_COMMIT");
    }

    static class UnparsableCondition {
        @SignalReceiver(signal = "order_completed", condition = "total >")
        void bigOrders(OrderCompleted event) {
        }
    }

    @Test
    void rejectsAConditionThatIsNoSpelExpressionAndShowsTheParseError() {
        FailureAnalysis analysis = analysisOf(UnparsableCondition.class);
        assertThat(analysis.getDescription())
                .contains(method(UnparsableCondition.class, "bigOrders"))
                .contains("not a valid SpEL expression")
                .contains("\"total >\"");
        assertThat(analysis.getAction()).contains("#payload").contains("#sender");
    }

    static class DurableImmediate {
        @SignalReceiver(signal = "order_completed", durable = true)
        void invoice(OrderCompleted event) {
        }
    }

    @Test
    void rejectsADurableReceiverWithoutAfterCommit() {
        FailureAnalysis analysis = analysisOf(DurableImmediate.class);
        assertThat(analysis.getDescription()).contains(method(DurableImmediate.class, "invoice")).contains("durable with phase = IMMEDIATE");
        assertThat(analysis.getAction()).contains("phase = Phase.AFTER_COMMIT");
    }

    static class DurableModelSignal {
        @SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
        void index(PostSave<Article> event) {
        }
    }

    @Test
    void rejectsADurableModelSignalReceiverAndShowsTheIdIdiom() {
        FailureAnalysis analysis = analysisOf(DurableModelSignal.class);
        assertThat(analysis.getDescription()).contains(method(DurableModelSignal.class, "index")).contains("live entity");
        assertThat(analysis.getAction()).contains("custom signal").contains("id");
    }

    static class DurableWithoutRegistry {
        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, durable = true)
        void invoice(OrderCompleted event) {
        }
    }

    @Test
    void rejectsADurableReceiverWithoutARegistryAndNamesTheDependency() {
        FailureAnalysis analysis = analysisOf(DurableWithoutRegistry.class);
        assertThat(analysis.getDescription()).contains(method(DurableWithoutRegistry.class, "invoice")).contains("Spring Modulith");
        assertThat(analysis.getAction()).contains("spring-modulith-starter-jpa");
    }

    static class PrototypeReceiver {
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        UnknownName prototype() {
            return new UnknownName();
        }
    }

    @Test
    void rejectsAReceiverOnANonSingletonBean() {
        FailureAnalysis analysis = analysisOf(PrototypeReceiver.class);
        assertThat(analysis.getDescription()).contains(method(UnknownName.class, "confirm")).contains("scope 'prototype'");
        assertThat(analysis.getAction()).contains("singleton");
    }

    @Configuration(proxyBeanMethods = false)
    static class DuplicateSignalNames {
        @Bean
        Signal<OrderCompleted> anotherOrderCompleted() {
            return new Signal<>("order_completed");
        }
    }

    @Test
    void rejectsTwoDifferentSignalBeansWithOneName() {
        FailureAnalysis analysis = analysisOf(DuplicateSignalNames.class);
        assertThat(analysis.getDescription())
                .contains("Two different signals are named 'order_completed'")
                .contains("'orderCompleted'").contains("'anotherOrderCompleted'");
        assertThat(analysis.getAction()).contains("its own name");
    }

    @Configuration(proxyBeanMethods = false)
    @Import({OrderSignals.class, UnknownName.class})
    static class BrokenApplication {
    }

    @Test
    void springBootPrintsTheReportThroughTheRegisteredAnalyzer(CapturedOutput output) {
        SpringApplication application = new SpringApplication(BrokenApplication.class, SignalsAutoConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(application::run).rootCause().isInstanceOf(SignalReceiverDeclarationException.class)
                .hasMessageStartingWith("@SignalReceiver method " + method(UnknownName.class, "confirm") + " names the unknown signal 'order_complete'");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("@SignalReceiver method " + method(UnknownName.class, "confirm") + " names the unknown signal 'order_complete'")
                .contains("Use one of the known signal names");
    }
}
