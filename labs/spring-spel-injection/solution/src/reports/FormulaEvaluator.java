package reports;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates an analyst's column formula, such as {@code quantity * unitPrice * (100 - discountPercent) / 100}, against
 * one order line. Formulas are Spring Expression Language: the line's properties by name, arithmetic, comparisons,
 * and/or/not and {@code condition ? a : b}.
 *
 * <p>The formula is the analyst's text, so it is evaluated in a {@link SimpleEvaluationContext} for read-only data
 * binding: it reads the line's properties and nothing else. No type references ({@code T(...)}), no constructors, no
 * bean references, no method calls, and no assignment to the line, which is the ledger's own object.
 */
@Component
public class FormulaEvaluator {

    private final ExpressionParser parser = new SpelExpressionParser();
    private final EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();

    public Object evaluate(String formula, OrderLine line) {
        try {
            Expression expression = parser.parseExpression(formula);
            return expression.getValue(context, line);
        } catch (ParseException | EvaluationException e) {
            throw new FormulaException("The formula could not be evaluated: " + e.getMessage(), e);
        }
    }
}
