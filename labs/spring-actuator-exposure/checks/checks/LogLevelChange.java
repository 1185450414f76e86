package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * Someone who is not on the operations team changes a log level through the loggers endpoint at {@code path}
 * ({@code {}} is the logger's name), as {@code caller}. Judged by the write's answer and by the level the operations
 * team reads afterwards.
 */
public class LogLevelChange implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Bookshop shop = new Bookshop(context);
        String caller = context.param("caller");
        String who = Bookshop.describe(caller);
        String logger = "books." + context.randomName("audit");

        Reply attack = shop.as(caller).post(context.param("path"), logger).json("configuredLevel", "OFF").send();
        Reply after = shop.ops().get("/actuator/loggers/{}", logger).send();
        boolean changed = attack.isSuccess()
                || after.status() == 200 && "OFF".equals(after.json().get("configuredLevel").text(""));
        return CheckResult.passIf(!changed,
                who + " could not change a log level (" + attack.status() + ").",
                who + " switched logger " + logger + " off with POST " + attack.request().target() + " (" + attack.status()
                        + "): only the operations team may change log levels.");
    }
}
