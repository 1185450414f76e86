package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** The operations team's dashboard reads the list of metrics and one of them. */
public class OpsReadsMetrics implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Bookshop shop = new Bookshop(context);
        Reply names = shop.ops().get("/actuator/metrics").send();
        if (names.status() != 200 || !names.contains("jvm.memory.used")) {
            return CheckResult.fail("The operations team's GET /actuator/metrics answered " + names.status() + " without the list of metrics.");
        }
        Reply memory = shop.ops().get("/actuator/metrics/jvm.memory.used").send();
        return CheckResult.passIf(memory.status() == 200 && !memory.json().get("measurements").isMissing(),
                "The operations team reads the metrics.",
                "The operations team's GET /actuator/metrics/jvm.memory.used answered " + memory.status() + " without measurements.");
    }
}
