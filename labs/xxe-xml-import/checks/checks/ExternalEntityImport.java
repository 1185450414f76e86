package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Imports a document whose DTD pulls a server file into a contact, and looks for that file's secret. */
public class ExternalEntityImport implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Crm crm = new Crm(context);
        String secret = context.secret(context.param("leaks"));
        Reply reply = crm.importXml(crm.fill(context.payload("document")));
        return CheckResult.passIf(!reply.contains(secret),
                "The import did not read the server's files (status " + reply.status() + ").",
                "The import read a file from the server and returned its content in a contact.");
    }
}
