package reports;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Evaluates an analyst's column formula, such as {@code quantity * unitPrice * (100 - discountPercent) / 100}, against
 * one order line. Formulas are Spring Expression Language over a read-only copy of the line's fields: arithmetic,
 * comparisons, and/or/not and {@code condition ? a : b}, and nothing that reaches past those values.
 */
@Component
public class FormulaEvaluator {

    private final ExpressionParser parser = new SpelExpressionParser();
    private final EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor(false)).build();

    public Object evaluate(String formula, OrderLine line) {
        try {
            Expression expression = parser.parseExpression(formula);
            return expression.getValue(context, fields(line));
        } catch (ParseException | EvaluationException e) {
            throw new FormulaException("The formula could not be evaluated: " + e.getMessage(), e);
        }
    }

    /** The fields a formula may use, as values: the ledger's object itself never reaches SpEL. */
    private static Map<String, Object> fields(OrderLine line) {
        return Map.of(
                "id", line.getId(),
                "orderNumber", line.getOrderNumber(),
                "sku", line.getSku(),
                "product", line.getProduct(),
                "region", line.getRegion(),
                "quantity", line.getQuantity(),
                "unitPrice", line.getUnitPrice(),
                "unitCost", line.getUnitCost(),
                "discountPercent", line.getDiscountPercent());
    }
}
