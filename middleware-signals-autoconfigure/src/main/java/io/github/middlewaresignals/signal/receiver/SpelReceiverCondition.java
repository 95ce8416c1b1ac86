package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.ReceiverCondition;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * The {@code condition} of a {@code @SignalReceiver}, as {@code @EventListener(condition = …)} reads
 * its own: a SpEL expression parsed once at start-up and evaluated at each send with the payload as
 * root object, the variables {@code #payload} and {@code #sender}, and beans as {@code @name}.
 * Record components read as properties ({@code instance.status}) as well as methods ({@code created()}).
 */
final class SpelReceiverCondition implements ReceiverCondition {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final String text;
    private final Expression expression;
    private final BeanFactoryResolver beans;

    private SpelReceiverCondition(String text, Expression expression, BeanFactory beanFactory) {
        this.text = text;
        this.expression = expression;
        this.beans = new BeanFactoryResolver(beanFactory);
    }

    /**
     * @return the condition, or null for an empty text
     * @throws SignalReceiverDeclarationException when the expression does not parse
     */
    static SpelReceiverCondition parse(ReceiverMethod method, String text, BeanFactory beanFactory) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new SpelReceiverCondition(text, PARSER.parseExpression(text), beanFactory);
        }
        catch (ParseException e) {
            throw new SignalReceiverDeclarationException(method.name(),
                    "has a condition that is not a valid SpEL expression: \"" + text + "\": " + e.getMessage(),
                    "Correct the expression. It is evaluated with the payload as root object and the variables #payload and"
                            + " #sender, e.g. condition = \"!created() and hasChanged('status')\".", e);
        }
    }

    @Override
    public boolean test(Object sender, Object payload) {
        StandardEvaluationContext context = new StandardEvaluationContext(payload);
        context.addPropertyAccessor(RecordComponentAccessor.INSTANCE);
        context.setBeanResolver(beans);
        context.setVariable("payload", payload);
        context.setVariable("sender", sender);
        Object value;
        try {
            value = expression.getValue(context);
        }
        catch (EvaluationException e) {
            throw new IllegalStateException("The condition \"" + text + "\" failed for a payload " + describe(payload) + ": " + e.getMessage(), e);
        }
        if (value instanceof Boolean result) {
            return result;
        }
        throw new IllegalStateException("The condition \"" + text + "\" must be true or false, but gave " + describe(value)
                + " for a payload " + describe(payload));
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    @Override
    public String toString() {
        return text;
    }
}
