package io.github.middlewaresignals.middleware.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.chain.EntrySource;
import io.github.middlewaresignals.middleware.chain.ListedEntry;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import io.github.middlewaresignals.middleware.chain.MiddlewareEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Resolves {@code middleware.order} and {@code middleware.entries} into a {@link MiddlewareChain},
 * once, at start-up, from the application's bean factory. An entry is a built-in name, a bean name, or a fully qualified class name
 * (a bean of that type if there is exactly one, else an instance created and autowired here).
 * Bad configuration is a {@link MiddlewareConfigurationException}.
 */
public final class MiddlewareChainResolver {

    private static final Logger log = LoggerFactory.getLogger(MiddlewareChain.class);

    private final ConfigurableListableBeanFactory beanFactory;

    public MiddlewareChainResolver(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /**
     * Resolves the chain, logs it in one line, and warns about Middleware beans left out.
     *
     * @param order    the entries of {@code middleware.order}, or {@code null} when it is not set: the
     *                 application's Middleware beans then run in their {@code @Order} order
     * @param settings the settings of {@code middleware.entries}, by entry name
     */
    public MiddlewareChain resolve(List<String> order, Map<String, EntrySettings> settings) {
        boolean listed = order != null;
        List<String> disabled = new ArrayList<>();
        List<MiddlewareEntry> entries = new ArrayList<>();
        List<ListedEntry> listing = new ArrayList<>();
        Set<String> usedBeanNames = new LinkedHashSet<>();
        if (listed) {
            OrderChecks.checkForDuplicateNames(order);
            OrderChecks.checkEntriesAreListed(settings, order, "middleware.order");
            OrderChecks.checkSize(order.size());
            Map<HandlerInterceptor, String> seen = new IdentityHashMap<>();
            for (String name : order) {
                EntrySettings setting = settings.getOrDefault(name, EntrySettings.DEFAULT);
                if (!setting.enabled()) {
                    checkKnown(name);
                    disabled.add(name);
                    listing.add(listed(name, sourceOf(name), typeOf(name), setting, false));
                    continue;
                }
                EntrySource source = sourceOf(name);
                HandlerInterceptor interceptor = resolveEntry(name, usedBeanNames);
                String earlier = seen.put(interceptor, name);
                if (earlier != null) {
                    throw new MiddlewareConfigurationException(
                            "middleware.order lists the same middleware twice: '" + earlier + "' and '" + name
                                    + "' are the same " + interceptor.getClass().getName() + ".",
                            "List each middleware once in middleware.order.");
                }
                entries.add(entry(name, interceptor, setting));
                listing.add(listed(name, source, AopUtils.getTargetClass(interceptor), setting, true));
            }
        }
        else {
            List<String> names = userMiddlewareInOrder();
            OrderChecks.checkEntriesAreListed(settings, names, "the application's Middleware beans (middleware.order is not set)");
            OrderChecks.checkSize(names.size());
            for (String name : names) {
                EntrySettings setting = settings.getOrDefault(name, EntrySettings.DEFAULT);
                if (!setting.enabled()) {
                    disabled.add(name);
                    listing.add(listed(name, EntrySource.BEAN, typeOf(name), setting, false));
                    continue;
                }
                HandlerInterceptor interceptor = beanFactory.getBean(name, HandlerInterceptor.class);
                entries.add(entry(name, interceptor, setting));
                listing.add(listed(name, EntrySource.BEAN, AopUtils.getTargetClass(interceptor), setting, true));
                usedBeanNames.add(name);
            }
        }
        MiddlewareChain chain = MiddlewareChain.of(entries, listing);
        log.info("Middleware chain: {}", chain.describe());
        if (listed) {
            warnAboutUnlisted(usedBeanNames, disabled);
        }
        return chain;
    }

    private HandlerInterceptor resolveEntry(String name, Set<String> usedBeanNames) {
        if (isInterceptorBean(name)) {
            usedBeanNames.add(name);
            return beanFactory.getBean(name, HandlerInterceptor.class);
        }
        if (BuiltinMiddlewareNames.ALL.contains(name)) {
            throw new MiddlewareConfigurationException(
                    "middleware.order lists the built-in middleware '" + name + "', but it is not available.",
                    "The built-in middleware are registered by BuiltinMiddlewareAutoConfiguration: do not exclude it,"
                            + " or remove '" + name + "' from middleware.order.");
        }
        Class<?> type = interceptorClass(name);
        String[] candidates = beanFactory.getBeanNamesForType(type);
        if (candidates.length == 1) {
            usedBeanNames.add(candidates[0]);
            return (HandlerInterceptor) beanFactory.getBean(candidates[0]);
        }
        return create(name, type, candidates);
    }

    private HandlerInterceptor create(String name, Class<?> type, String[] candidates) {
        try {
            Object instance = beanFactory.createBean(type);
            if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(MiddlewareChain.class.getName() + "#" + name,
                        () -> beanFactory.destroyBean(instance));
            }
            return (HandlerInterceptor) instance;
        }
        catch (BeansException | LinkageError failure) {
            String beans = candidates.length == 0 ? "the application has no bean of that type"
                    : "the application has " + candidates.length + " beans of that type " + List.of(candidates)
                    + ", so none is picked";
            throw new MiddlewareConfigurationException(
                    "middleware.order entry '" + name + "' could not be created: " + beans
                            + ", and creating it failed: " + mostSpecificMessage(failure),
                    "Give " + type.getSimpleName() + " a public constructor whose parameters are beans,"
                            + " or define it as a bean and list it by bean name.", failure);
        }
    }

    /** How a listed name is found; the checks of {@link #resolveEntry} decide whether it is found at all. */
    private EntrySource sourceOf(String name) {
        if (BuiltinMiddlewareNames.ALL.contains(name)) {
            return EntrySource.BUILT_IN;
        }
        return isInterceptorBean(name) ? EntrySource.BEAN : EntrySource.CLASS;
    }

    /** The class of what a switched-off entry would run, found without creating anything; null when unknown. */
    private Class<?> typeOf(String name) {
        if (beanFactory.containsBean(name)) {
            Class<?> type = beanFactory.getType(name, false);
            return type == null ? null : ClassUtils.getUserClass(type);
        }
        return BuiltinMiddlewareNames.ALL.contains(name) ? null : loadClass(name);
    }

    private static ListedEntry listed(String name, EntrySource source, Class<?> type, EntrySettings setting, boolean enabled) {
        return new ListedEntry(name, source, type, setting.include(), setting.exclude(), enabled);
    }

    /** Checks a disabled entry as if it ran, so a typo does not hide until the entry is switched on. */
    private void checkKnown(String name) {
        if (!isInterceptorBean(name) && !BuiltinMiddlewareNames.ALL.contains(name)) {
            interceptorClass(name);
        }
    }

    private boolean isInterceptorBean(String name) {
        if (!beanFactory.containsBean(name)) {
            return false;
        }
        if (!beanFactory.isTypeMatch(name, HandlerInterceptor.class)) {
            throw notAnInterceptor(name, "the bean '" + name + "' is a " + typeName(beanFactory.getType(name)));
        }
        return true;
    }

    private Class<?> interceptorClass(String name) {
        Class<?> type = loadClass(name);
        if (type == null) {
            throw unknown(name);
        }
        if (!HandlerInterceptor.class.isAssignableFrom(type)) {
            throw notAnInterceptor(name, "the class " + type.getName() + " does not implement HandlerInterceptor");
        }
        return type;
    }

    private List<String> userMiddlewareInOrder() {
        Map<Middleware, String> names = new IdentityHashMap<>();
        beanFactory.getBeansOfType(Middleware.class).forEach((name, bean) -> {
            if (!BuiltinMiddlewareNames.ALL.contains(name)) {
                names.put(bean, name);
            }
        });
        List<String> ordered = new ArrayList<>();
        beanFactory.getBeanProvider(Middleware.class).orderedStream().forEach(bean -> {
            String name = names.get(bean);
            if (name != null) {
                ordered.add(name);
            }
        });
        return ordered;
    }

    private void warnAboutUnlisted(Set<String> usedBeanNames, List<String> disabled) {
        for (String name : beanFactory.getBeanNamesForType(Middleware.class, true, false)) {
            if (!BuiltinMiddlewareNames.ALL.contains(name) && !usedBeanNames.contains(name) && !disabled.contains(name)) {
                log.warn("Middleware bean '{}' ({}) is defined but not listed in middleware.order, so it does not run."
                                + " Add it to middleware.order, or remove the bean.",
                        name, typeName(beanFactory.getType(name)));
            }
        }
    }

    private static MiddlewareEntry entry(String name, HandlerInterceptor interceptor, EntrySettings setting) {
        return new MiddlewareEntry(name, interceptor, OrderChecks.patterns(name, "include", setting.include()),
                OrderChecks.patterns(name, "exclude", setting.exclude()));
    }

    private MiddlewareConfigurationException unknown(String name) {
        List<String> interceptorBeans = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForType(HandlerInterceptor.class, true, false)) {
            // mapped interceptors are Spring MVC's own wiring (the chain's among them), no candidates for the order
            if (!BuiltinMiddlewareNames.ALL.contains(beanName) && !beanFactory.isTypeMatch(beanName, MappedInterceptor.class)) {
                interceptorBeans.add(beanName);
            }
        }
        Collections.sort(interceptorBeans);
        return new MiddlewareConfigurationException(
                "middleware.order entry '" + name + "' is unknown: it is no built-in middleware, no bean name"
                        + " and no class on the classpath.",
                "Use a built-in name " + BuiltinMiddlewareNames.ALL + ", the name of a HandlerInterceptor bean "
                        + interceptorBeans + ", or the fully qualified name of a HandlerInterceptor class.");
    }

    private static MiddlewareConfigurationException notAnInterceptor(String name, String what) {
        return new MiddlewareConfigurationException(
                "middleware.order entry '" + name + "' is not a HandlerInterceptor: " + what + ".",
                "List only HandlerInterceptors: implement io.github.middlewaresignals.middleware.Middleware"
                        + " (or Spring's HandlerInterceptor), or remove '" + name + "' from middleware.order.");
    }

    private Class<?> loadClass(String name) {
        if (!name.contains(".")) {
            return null;
        }
        try {
            return ClassUtils.forName(name, beanFactory.getBeanClassLoader());
        }
        catch (ClassNotFoundException | LinkageError failure) {
            return null;
        }
    }

    private static String typeName(Class<?> type) {
        return type == null ? "bean of unknown type" : type.getName();
    }

    private static String mostSpecificMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }
}
