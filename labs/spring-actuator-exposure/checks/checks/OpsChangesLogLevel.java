package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** During an incident the operations team turns the payment client's logging up to DEBUG, reads it back and resets it. */
public class OpsChangesLogLevel implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Bookshop shop = new Bookshop(context);
        String logger = "books.PaymentGateway";
        Reply up = shop.ops().post("/actuator/loggers/{}", logger).json("configuredLevel", "DEBUG").send();
        if (!up.isSuccess()) {
            return CheckResult.fail("The operations team could not set " + logger + " to DEBUG: POST /actuator/loggers/" + logger
                    + " answered " + up.status() + ".");
        }
        Reply read = shop.ops().get("/actuator/loggers/{}", logger).send();
        if (read.status() != 200 || !"DEBUG".equals(read.json().get("configuredLevel").text(""))) {
            return CheckResult.fail("The operations team's GET /actuator/loggers/" + logger + " answered " + read.status()
                    + " without the DEBUG level it had just set.");
        }
        Reply reset = shop.ops().post("/actuator/loggers/{}", logger).body("application/json", "{}").send();
        return CheckResult.passIf(reset.isSuccess(), "The operations team changes and resets a log level.",
                "The operations team could not reset " + logger + ": the answer was " + reset.status() + ".");
    }
}
