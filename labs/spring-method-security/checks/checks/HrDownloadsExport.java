package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Hana, the HR administrator, downloads the staff export at {@code path}: every salary and bank account. */
public class HrDownloadsExport implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String path = context.param("path");
        Reply reply = new People(context).hr().get(path).send();
        return CheckResult.passIf(reply.status() == 200 && reply.contains(context.secret("frank-bank-account")),
                "HR downloads the export at " + path + ".",
                "HR's GET " + path + " answered " + reply.status() + " without the staff's bank accounts.");
    }
}
