package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Finds the {@code @SignalReceiver} methods of one application context's beans, checks every
 * declaration, then connects them all (Django's {@code AppConfig.ready()}), and disconnects them
 * when the context closes, so a signal shared with other contexts never reaches a closed context's
 * beans.
 * <p>
 * One {@link SmartLifecycle} does both ends. It starts once every singleton exists, before any
 * lifecycle of a higher phase (the web server, message listeners), so no request or message arrives
 * before the receivers are connected. It stops after those have stopped but before any bean is
 * destroyed, so no send reaches a destroyed bean. Spring also stops it when a later start-up step
 * fails, and a child context's close stops only the child's lifecycles, never its parent's.
 */
public final class SignalReceiverRegistrar implements SmartLifecycle {

    /** Just above {@link ContextSignalSettings#PHASE}: receivers connect once their signals are configured. */
    public static final int PHASE = ContextSignalSettings.PHASE + 1;

    /** One connect call; all are worked out before the first is made, so a bad declaration connects nothing. */
    private record Binding(Signal<?> signal, Receiver<Object> receiver, ReceiverOptions options) {
    }

    private final ConfigurableListableBeanFactory beanFactory;
    private final SignalRegistry registry;
    private final DurableDeliveries durableDeliveries;
    private List<Binding> bindings;
    private volatile boolean running;

    /**
     * @param beanFactory       the context whose beans declare the receivers
     * @param registry          the context's registry, for signals registered there by hand
     * @param durableDeliveries what durable receivers are delivered through, or null when the application has none
     */
    public SignalReceiverRegistrar(ConfigurableListableBeanFactory beanFactory, SignalRegistry registry,
                                   DurableDeliveries durableDeliveries) {
        this.beanFactory = beanFactory;
        this.registry = registry;
        this.durableDeliveries = durableDeliveries;
    }

    /** @throws SignalConfigurationException when a declaration is wrong; then nothing is connected */
    @Override
    public synchronized void start() {
        if (bindings == null) {
            bindings = scan();
        }
        for (Binding binding : bindings) {
            binding.signal().connect(binding.receiver(), binding.options());
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        for (Binding binding : bindings == null ? List.<Binding>of() : bindings) {
            // the exact inverse of the connect: a connection another receiver holds under the same dispatch uid stays
            binding.signal().disconnect(binding.receiver(), binding.options().sender());
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private List<Binding> scan() {
        ReceiverDeclarationResolver resolver = new ReceiverDeclarationResolver(
                SignalCatalog.of(beanFactory).withRegistered(registry), beanFactory.getBeanClassLoader(), beanFactory, durableDeliveries);
        List<Binding> found = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForType(Object.class)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> type = targetClass(beanName);
            if (type == null || !AnnotationUtils.isCandidateClass(type, SignalReceiver.class)) {
                continue;
            }
            Map<Method, SignalReceiver> methods = MethodIntrospector.selectMethods(type,
                    (MethodIntrospector.MetadataLookup<SignalReceiver>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, SignalReceiver.class));
            if (methods.isEmpty()) {
                continue;
            }
            checkSingleton(beanName, type, methods.keySet().iterator().next());
            Object bean = beanFactory.getBean(beanName);
            methods.forEach((method, annotation) -> found.addAll(bindings(bean, resolver.resolve(type, method, annotation))));
        }
        return found;
    }

    private List<Binding> bindings(Object bean, ReceiverDeclaration declaration) {
        Receiver<Object> method = MethodReceiver.bind(bean, declaration.method());
        List<Class<?>> senders = declaration.senders().isEmpty() ? Collections.singletonList(null) : declaration.senders();
        List<Binding> bindings = new ArrayList<>();
        for (SignalCatalog.Entry signal : declaration.signals()) {
            DurableDeliveries.Connection connection = declaration.durable()
                    ? durableDeliveries.durable(declaration.method().name(), signal.signal(), signal.payloadType(), method, declaration.options())
                    : new DurableDeliveries.Connection(method, declaration.options());
            for (Class<?> sender : senders) {
                bindings.add(new Binding(signal.signal(), connection.receiver(), connection.options().withSender(sender)));
            }
        }
        return bindings;
    }

    private Class<?> targetClass(String beanName) {
        try {
            Class<?> type = AutoProxyUtils.determineTargetClass(beanFactory, beanName);
            if (type != null && ScopedObject.class.isAssignableFrom(type)) {
                Class<?> scopedTarget = AutoProxyUtils.determineTargetClass(beanFactory, ScopedProxyUtils.getTargetBeanName(beanName));
                if (scopedTarget != null) {
                    type = scopedTarget;
                }
            }
            return type;
        } catch (RuntimeException | LinkageError e) {
            // a bean whose class cannot be resolved declares no receivers we could call
            return null;
        }
    }

    private void checkSingleton(String beanName, Class<?> type, Method method) {
        if (!beanFactory.containsBeanDefinition(beanName)) {
            return;
        }
        BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
        if (!definition.isSingleton()) {
            throw new SignalReceiverDeclarationException(ReceiverMethod.nameOf(type, method),
                    "is declared on bean '" + beanName + "' of scope '" + definition.getScope()
                            + "'; receivers are connected once per application context, so their bean must be a singleton.",
                    "Move the receiver to a singleton bean, or give the scoped bean a scoped proxy (proxyMode = ScopedProxyMode.TARGET_CLASS).");
        }
    }
}
