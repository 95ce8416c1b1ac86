package io.github.middlewaresignals.test;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.beans.factory.annotation.ParameterResolutionDelegate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Passes {@link RecordedSignals} to a parameter of a test or lifecycle method, as Spring passes its
 * {@code ApplicationEvents}. A parameter Spring autowires ({@code @Autowired}, {@code @Qualifier},
 * {@code @Value}) is left to Spring, and so are constructors, which Spring autowires as a whole.
 */
final class RecordedSignalsParameterResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RecordedSignals.class
                && parameterContext.getDeclaringExecutable() instanceof Method
                && !ParameterResolutionDelegate.isAutowirable(parameterContext.getParameter(), parameterContext.getIndex());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SpringExtension.getApplicationContext(extensionContext).getBean(RecordedSignals.class);
    }
}
