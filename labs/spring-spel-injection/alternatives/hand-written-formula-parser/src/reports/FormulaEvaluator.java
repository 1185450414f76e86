package reports;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates an analyst's column formula, such as {@code quantity * unitPrice * (100 - discountPercent) / 100}, against
 * one order line. The grammar is exactly what the reports document, read by a small recursive-descent parser:
 *
 * <pre>
 * formula    = choice
 * choice     = or [ "?" choice ":" choice ]
 * or         = and { ("or" | "||") and }
 * and        = comparison { ("and" | "&&") comparison }
 * comparison = sum [ ("==" | "!=" | "<" | "<=" | ">" | ">=") sum ]
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = ("!" | "not" | "-") unary | number | 'text' | true | false | field | "(" formula ")"
 * </pre>
 */
@Component
public class FormulaEvaluator {

    public Object evaluate(String formula, OrderLine line) {
        Parser parser = new Parser(tokens(formula), fields(line));
        Object value = parser.choice();
        if (parser.position < parser.tokens.size()) {
            throw new FormulaException("The formula could not be evaluated: unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return value;
    }

    private static Map<String, Object> fields(OrderLine line) {
        return Map.of(
                "id", BigDecimal.valueOf(line.getId()),
                "orderNumber", line.getOrderNumber(),
                "sku", line.getSku(),
                "product", line.getProduct(),
                "region", line.getRegion(),
                "quantity", BigDecimal.valueOf(line.getQuantity()),
                "unitPrice", line.getUnitPrice(),
                "unitCost", line.getUnitCost(),
                "discountPercent", BigDecimal.valueOf(line.getDiscountPercent()));
    }

    /** A token: a number, a 'text' (kept with its quotes), a name, or an operator. */
    private static List<String> tokens(String formula) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < formula.length() && (Character.isDigit(formula.charAt(i)) || formula.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(formula.substring(start, i));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < formula.length() && (Character.isLetterOrDigit(formula.charAt(i)) || formula.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(formula.substring(start, i));
            } else if (c == '\'') {
                int end = formula.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new FormulaException("The formula could not be evaluated: text opened at " + i + " is never closed");
                }
                tokens.add(formula.substring(i, end + 1));
                i = end + 1;
            } else {
                String two = formula.substring(i, Math.min(i + 2, formula.length()));
                if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else if ("+-*/()<>!?:".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    throw new FormulaException("The formula could not be evaluated: unexpected '" + c + "' at " + i);
                }
            }
        }
        return tokens;
    }

    private static final class Parser {

        final List<String> tokens;
        final Map<String, Object> fields;
        int position;

        Parser(List<String> tokens, Map<String, Object> fields) {
            this.tokens = tokens;
            this.fields = fields;
        }

        Object choice() {
            Object condition = or();
            if (!accept("?")) {
                return condition;
            }
            Object yes = choice();
            expect(":");
            Object no = choice();
            return bool(condition) ? yes : no;
        }

        Object or() {
            Object value = and();
            while (accept("or") || accept("||")) {
                Object right = and();
                value = bool(value) || bool(right);
            }
            return value;
        }

        Object and() {
            Object value = comparison();
            while (accept("and") || accept("&&")) {
                Object right = comparison();
                value = bool(value) && bool(right);
            }
            return value;
        }

        Object comparison() {
            Object left = sum();
            for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (accept(operator)) {
                    Object right = sum();
                    return switch (operator) {
                        case "==" -> same(left, right);
                        case "!=" -> !same(left, right);
                        case "<" -> number(left).compareTo(number(right)) < 0;
                        case "<=" -> number(left).compareTo(number(right)) <= 0;
                        case ">" -> number(left).compareTo(number(right)) > 0;
                        default -> number(left).compareTo(number(right)) >= 0;
                    };
                }
            }
            return left;
        }

        Object sum() {
            Object value = product();
            while (true) {
                if (accept("+")) {
                    Object right = product();
                    value = value instanceof String || right instanceof String ? String.valueOf(value) + right : number(value).add(number(right));
                } else if (accept("-")) {
                    value = number(value).subtract(number(product()));
                } else {
                    return value;
                }
            }
        }

        Object product() {
            Object value = unary();
            while (true) {
                if (accept("*")) {
                    value = number(value).multiply(number(unary()));
                } else if (accept("/")) {
                    BigDecimal divisor = number(unary());
                    if (divisor.signum() == 0) {
                        throw new FormulaException("The formula could not be evaluated: division by zero");
                    }
                    value = number(value).divide(divisor, MathContext.DECIMAL64);
                } else {
                    return value;
                }
            }
        }

        Object unary() {
            if (accept("!") || accept("not")) {
                return !bool(unary());
            }
            if (accept("-")) {
                return number(unary()).negate();
            }
            if (accept("(")) {
                Object value = choice();
                expect(")");
                return value;
            }
            String token = next();
            if (Character.isDigit(token.charAt(0))) {
                try {
                    return new BigDecimal(token);
                } catch (NumberFormatException e) {
                    throw new FormulaException("The formula could not be evaluated: '" + token + "' is not a number");
                }
            }
            if (token.startsWith("'")) {
                return token.substring(1, token.length() - 1);
            }
            if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(token.toLowerCase(Locale.ROOT));
            }
            if (fields.containsKey(token)) {
                return fields.get(token);
            }
            throw new FormulaException("The formula could not be evaluated: '" + token + "' is not a field of an order line");
        }

        private String next() {
            if (position >= tokens.size()) {
                throw new FormulaException("The formula could not be evaluated: it ends too early");
            }
            return tokens.get(position++);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new FormulaException("The formula could not be evaluated: expected '" + token + "'"
                        + (position < tokens.size() ? " before '" + tokens.get(position) + "'" : " at the end"));
            }
        }

        private static boolean same(Object left, Object right) {
            if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            return Objects.equals(left, right);
        }

        private static BigDecimal number(Object value) {
            if (value instanceof BigDecimal number) {
                return number;
            }
            throw new FormulaException("The formula could not be evaluated: " + describe(value) + " is not a number");
        }

        private static boolean bool(Object value) {
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new FormulaException("The formula could not be evaluated: " + describe(value) + " is not true or false");
        }

        private static String describe(Object value) {
            return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
        }
    }
}
