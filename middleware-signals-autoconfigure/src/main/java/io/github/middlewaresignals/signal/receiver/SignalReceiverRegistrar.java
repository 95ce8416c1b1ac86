package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Connects the {@code @SignalReceiver} methods of one application context once all its singletons
 * exist (Django's {@code AppConfig.ready()}), and disconnects them when that context closes, so
 * a signal shared with other contexts never reaches a closed context's beans. Also registers every
 * {@link Signal} bean in the {@link SignalRegistry} and gives the signals this context defines
 * the configured executor for async sends.
 */
public final class SignalReceiverRegistrar implements SmartInitializingSingleton, ApplicationListener<ContextClosedEvent>,
        DisposableBean, BeanFactoryAware, ApplicationContextAware {

    /** The bean name of an {@link Executor} that async sends use when no other name is configured. */
    public static final String DEFAULT_ASYNC_EXECUTOR_BEAN_NAME = "signalAsyncExecutor";

    private record Connection(Signal<?> signal, Receiver<Object> receiver) {
    }

    private final SignalRegistry registry;
    private final String asyncExecutorBeanName;
    private final List<Connection> connections = new ArrayList<>();
    private final List<Signal<?>> executorUsers = new ArrayList<>();
    private ConfigurableListableBeanFactory beanFactory;
    private ApplicationContext context;
    private Executor asyncExecutor;
    private boolean connected;

    /**
     * @param registry              where the context's signals are registered by name
     * @param asyncExecutorBeanName the {@link Executor} bean async sends run on; null for
     *                              {@value #DEFAULT_ASYNC_EXECUTOR_BEAN_NAME} if it exists, else the built-in default
     */
    public SignalReceiverRegistrar(SignalRegistry registry, String asyncExecutorBeanName) {
        this.registry = registry;
        this.asyncExecutorBeanName = asyncExecutorBeanName == null || asyncExecutorBeanName.isBlank() ? null : asyncExecutorBeanName;
    }

    /**
     * Registers every {@link Signal} bean of the factory and its ancestors under its name.
     *
     * @throws SignalConfigurationException when two different signals share a name
     */
    public static void registerSignalBeans(ListableBeanFactory beanFactory, SignalRegistry registry) {
        SignalCatalog.collect(beanFactory, registry);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    @Override
    public synchronized void afterSingletonsInstantiated() {
        if (connected) {
            return;
        }
        connected = true;
        SignalCatalog catalog = SignalCatalog.collect(beanFactory, registry);
        List<Binding> bindings = bindReceivers(new ReceiverDeclarationResolver(catalog, beanFactory.getBeanClassLoader()));
        applyAsyncExecutor(catalog);
        for (Binding binding : bindings) {
            binding.signal().connect(binding.receiver(), binding.sender(), binding.dispatchUid());
            Connection connection = new Connection(binding.signal(), binding.receiver());
            if (!connections.contains(connection)) {
                connections.add(connection);
            }
        }
    }

    /** One connect call: validated in full before anything is connected, so a bad declaration connects nothing. */
    private record Binding(Signal<?> signal, Receiver<Object> receiver, Class<?> sender, String dispatchUid) {
    }

    private List<Binding> bindReceivers(ReceiverDeclarationResolver resolver) {
        List<Binding> bindings = new ArrayList<>();
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
            for (Map.Entry<Method, SignalReceiver> entry : methods.entrySet()) {
                ReceiverDeclaration declaration = resolver.resolve(type, entry.getKey(), entry.getValue());
                Receiver<Object> receiver = bind(bean, type, entry.getKey(), declaration);
                for (SignalCatalog.Entry signal : declaration.signals()) {
                    if (declaration.senders().isEmpty()) {
                        bindings.add(new Binding(signal.signal(), receiver, null, declaration.dispatchUid()));
                    }
                    for (Class<?> sender : declaration.senders()) {
                        bindings.add(new Binding(signal.signal(), receiver, sender, declaration.dispatchUid()));
                    }
                }
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
        if (beanFactory.containsBeanDefinition(beanName) && !beanFactory.getMergedBeanDefinition(beanName).isSingleton()) {
            throw new SignalReceiverDeclarationException(ReceiverMethodNames.of(type, method),
                    "is declared on bean '" + beanName + "' of scope '" + beanFactory.getMergedBeanDefinition(beanName).getScope()
                            + "'; receivers are connected once per application context, so their bean must be a singleton.",
                    "Move the receiver to a singleton bean, or give the scoped bean a scoped proxy (proxyMode = ScopedProxyMode.TARGET_CLASS).");
        }
    }

    private Receiver<Object> bind(Object bean, Class<?> type, Method method, ReceiverDeclaration declaration) {
        String name = ReceiverMethodNames.of(type, method);
        Method invocable;
        try {
            invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        } catch (IllegalStateException e) {
            throw new SignalReceiverDeclarationException(name, "cannot be called through the bean's proxy: " + e.getMessage(),
                    "Make the method non-private (package-private is fine), or declare it on an interface the bean implements.", e);
        }
        if (AopUtils.isCglibProxy(bean) && Modifier.isFinal(invocable.getModifiers()) && !Modifier.isStatic(invocable.getModifiers())) {
            throw new SignalReceiverDeclarationException(name,
                    "is final, so the bean's proxy cannot intercept it: advice such as @Transactional would be skipped.",
                    "Remove the final modifier from the method.");
        }
        try {
            return MethodReceiver.bind(bean, invocable, declaration.takesSender(), name);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new SignalReceiverDeclarationException(name, "cannot be called: " + e.getMessage(),
                    "Make the method accessible, e.g. open its package to the middleware-signals module.", e);
        }
    }

    private void applyAsyncExecutor(SignalCatalog catalog) {
        String beanName = asyncExecutorBeanName != null ? asyncExecutorBeanName : DEFAULT_ASYNC_EXECUTOR_BEAN_NAME;
        if (!beanFactory.containsBean(beanName)) {
            if (asyncExecutorBeanName != null) {
                throw new SignalConfigurationException(
                        "signals.async.executor names the bean '" + beanName + "' for async signal sends, but there is no such bean.",
                        "Define an Executor bean named '" + beanName + "', or set signals.async.executor to the name of an existing one "
                                + "(leave it unset for virtual threads where the JDK has them).");
            }
            return;
        }
        Object candidate = beanFactory.getBean(beanName);
        if (!(candidate instanceof Executor executor)) {
            throw new SignalConfigurationException(
                    "The bean '" + beanName + "' that async signal sends should run on is a " + candidate.getClass().getName()
                            + ", not a java.util.concurrent.Executor.",
                    "Give that name to an Executor bean, or point signals.async.executor at one.");
        }
        asyncExecutor = executor;
        for (SignalCatalog.Entry entry : catalog.entries()) {
            // only the signals this context defines: a parent's signals keep the parent's executor
            if (entry.beanName() != null && beanFactory.containsLocalBean(entry.beanName())) {
                entry.signal().useAsyncExecutor(executor);
                executorUsers.add(entry.signal());
            }
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // a child context's close event reaches its parent's listeners too
        if (event.getApplicationContext() == context) {
            disconnectAll();
        }
    }

    @Override
    public void destroy() {
        disconnectAll();
    }

    private synchronized void disconnectAll() {
        for (Connection connection : connections) {
            connection.signal().disconnect(connection.receiver());
        }
        connections.clear();
        for (Signal<?> signal : executorUsers) {
            if (signal.asyncExecutor() == asyncExecutor) {
                signal.useAsyncExecutor(null);
            }
        }
        executorUsers.clear();
    }
}
