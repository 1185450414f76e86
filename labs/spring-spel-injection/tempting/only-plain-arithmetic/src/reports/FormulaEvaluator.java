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

import java.util.regex.Pattern;

/**
 * Evaluates an analyst's column formula, such as {@code quantity * unitPrice * (100 - discountPercent) / 100}, against
 * one order line. Only arithmetic over the line's fields is accepted.
 */
@Component
public class FormulaEvaluator {

    private static final Pattern ARITHMETIC = Pattern.compile("[A-Za-z0-9 +\\-*/.()]+");

    private final ExpressionParser parser = new SpelExpressionParser();
    private final BeanFactory beans;

    public FormulaEvaluator(BeanFactory beans) {
        this.beans = beans;
    }

    public Object evaluate(String formula, OrderLine line) {
        if (!ARITHMETIC.matcher(formula).matches()) {
            throw new FormulaException("A formula may only use the line's fields, numbers, + - * / and parentheses");
        }
        try {
            Expression expression = parser.parseExpression(formula);
            StandardEvaluationContext context = new StandardEvaluationContext(line);
            context.setBeanResolver(new BeanFactoryResolver(beans));
            return expression.getValue(context);
        } catch (ParseException | EvaluationException e) {
            throw new FormulaException("The formula could not be evaluated: " + e.getMessage(), e);
        }
    }
}
