package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The formulas the briefing documents give the right value for every line of the ledger. The expected values are
 * computed here from the lines that GET /api/sales/lines shows. Param {@code set}: {@code arithmetic} (the line's
 * fields, + - * /, decimals and parentheses) or {@code conditions} (comparisons, and/or/!, strings and ? :).
 */
public class DocumentedFormulas implements Check {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Reports reports = new Reports(context);
        Map<String, Function<Json, Object>> formulas = switch (context.param("set")) {
            case "arithmetic" -> arithmetic();
            case "conditions" -> conditions();
            default -> throw new IllegalArgumentException("set must be arithmetic or conditions");
        };
        List<String> wrong = new ArrayList<>();
        int column = 0;
        int lineCount = 0;
        for (Map.Entry<String, Function<Json, Object>> formula : formulas.entrySet()) {
            // Other checks may be attacking the same ledger at the same time: judge a formula only on a reply during
            // which the lines stayed as they were read.
            List<Json> lines = null;
            Reply reply = null;
            for (int attempt = 0; attempt < 10 && lines == null; attempt++) {
                List<Json> before = reports.lines("reading the ledger's lines");
                reply = reports.column("column" + ++column, formula.getKey());
                if (before.equals(reports.lines("reading the ledger's lines again"))) {
                    lines = before;
                } else {
                    Thread.sleep(300);
                }
            }
            if (lines == null) {
                wrong.add("the ledger's lines kept changing while \"" + formula.getKey() + "\" was evaluated");
                continue;
            }
            lineCount = lines.size();
            if (reply.status() != 200) {
                wrong.add("\"" + formula.getKey() + "\" answered " + reply.status() + " " + abbreviated(reply.body()));
                continue;
            }
            Map<Long, Json> values = Reports.values(reply);
            for (Json line : lines) {
                long id = line.get("id").integer().orElseThrow();
                Object expected = formula.getValue().apply(line);
                Json actual = values.getOrDefault(id, Json.MISSING);
                if (!matches(expected, actual)) {
                    wrong.add("\"" + formula.getKey() + "\" on line " + id + " gave " + actual + ", expected " + expected);
                    break;
                }
            }
        }
        return wrong.isEmpty()
                ? CheckResult.pass(formulas.size() + " documented formulas gave the right value on all " + lineCount + " lines.")
                : CheckResult.fail("Documented formulas no longer work: " + String.join("; ", wrong) + ".");
    }

    private static Map<String, Function<Json, Object>> arithmetic() {
        Map<String, Function<Json, Object>> formulas = new LinkedHashMap<>();
        formulas.put("quantity * unitPrice", line -> quantity(line).multiply(number(line, "unitPrice")));
        formulas.put("(unitPrice - unitCost) * quantity",
                line -> number(line, "unitPrice").subtract(number(line, "unitCost")).multiply(quantity(line)));
        formulas.put("quantity * unitPrice * (100 - discountPercent) / 100", Functions::netRevenue);
        formulas.put("unitPrice * 1.2 + 4.5", line -> number(line, "unitPrice").multiply(new BigDecimal("1.2")).add(new BigDecimal("4.5")));
        return formulas;
    }

    private static Map<String, Function<Json, Object>> conditions() {
        Map<String, Function<Json, Object>> formulas = new LinkedHashMap<>();
        formulas.put("quantity >= 10 ? 'bulk' : 'single'", line -> quantity(line).intValue() >= 10 ? "bulk" : "single");
        formulas.put("region == 'EU' and discountPercent > 0",
                line -> line.get("region").text("").equals("EU") && number(line, "discountPercent").signum() > 0);
        formulas.put("unitPrice - unitCost > 20 or quantity >= 20",
                line -> number(line, "unitPrice").subtract(number(line, "unitCost")).compareTo(BigDecimal.valueOf(20)) > 0
                        || quantity(line).intValue() >= 20);
        formulas.put("!(region == 'US') and quantity != 1", line -> !line.get("region").text("").equals("US") && quantity(line).intValue() != 1);
        formulas.put("discountPercent != 0 ? quantity * unitPrice * (100 - discountPercent) / 100 : quantity * unitPrice",
                Functions::netRevenue);
        return formulas;
    }

    /** Shared expected values. */
    private static final class Functions {
        static Object netRevenue(Json line) {
            return quantity(line).multiply(number(line, "unitPrice"))
                    .multiply(BigDecimal.valueOf(100).subtract(number(line, "discountPercent"))).divide(BigDecimal.valueOf(100));
        }
    }

    static BigDecimal quantity(Json line) {
        return number(line, "quantity");
    }

    static BigDecimal number(Json line, String field) {
        return line.get(field).number().orElseThrow(() -> new IllegalStateException("line " + line.get("id") + " has no number " + field));
    }

    private static boolean matches(Object expected, Json actual) {
        if (expected instanceof BigDecimal number) {
            return actual.number().map(value -> value.subtract(number).abs().compareTo(CENT) <= 0).orElse(false);
        }
        if (expected instanceof Boolean flag) {
            return actual.bool().map(flag::equals).orElse(false);
        }
        return actual.text().map(expected::equals).orElse(false);
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
