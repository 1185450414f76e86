package reports;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates an analyst's column formula, such as {@code quantity * unitPrice * (100 - discountPercent) / 100}, against
 * one order line. Formulas are Spring Expression Language: the line's properties by name, arithmetic, comparisons,
 * and/or/not and {@code condition ? a : b}.
 */
@Component
public class FormulaEvaluator {

    private final ExpressionParser parser = new SpelExpressionParser();
    private final BeanFactory beans;

    public FormulaEvaluator(BeanFactory beans) {
        this.beans = beans;
    }

    public Object evaluate(String formula, OrderLine line) {
        try {
            Expression expression = parser.parseExpression(formula);
            StandardEvaluationContext context = new StandardEvaluationContext(line);
            // @name in a formula reaches the application's beans, as SpEL does elsewhere in Spring (@Value, @PreAuthorize).
            context.setBeanResolver(new BeanFactoryResolver(beans));
            return expression.getValue(context);
        } catch (ParseException | EvaluationException e) {
            throw new FormulaException("The formula could not be evaluated: " + e.getMessage(), e);
        }
    }
}
