package io.github.middlewaresignals.signal.receiver;

import java.lang.reflect.RecordComponent;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.util.ReflectionUtils;

/**
 * Reads a record's components as properties in SpEL ({@code instance} for {@code instance()}): the
 * payloads are records, whose accessors have no {@code get} prefix for the default accessor to find.
 */
public enum RecordComponentAccessor implements PropertyAccessor {

    INSTANCE;

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return component(target, name) != null;
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        RecordComponent component = component(target, name);
        if (component == null) {
            throw new AccessException("No record component '" + name + "'");
        }
        try {
            ReflectionUtils.makeAccessible(component.getAccessor());
            return new TypedValue(component.getAccessor().invoke(target));
        }
        catch (ReflectiveOperationException e) {
            throw new AccessException("Cannot read record component '" + name + "'", e);
        }
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("Record components are read-only");
    }

    private static RecordComponent component(Object target, String name) {
        if (target == null || !target.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : target.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }
}
