package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * Two workspaces, one of them named by digits, record invoices and export them, each with its own tenantId as the web
 * app sends it: each gets its own invoices and never the other's, and each downloads its own job.
 */
public class WorkspacesSideBySide implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Saas saas = new Saas(context);
        Saas.Workspace initech = saas.signUp("initech");
        Saas.Workspace numbered = saas.signUpNumbered("hooli");
        Canary initechInvoice = Canary.of(context, "initech");
        Canary numberedInvoice = Canary.of(context, "hooli");
        saas.recordInvoice(initech.admin(), saas.tenantOf(initech.admin()), initechInvoice);
        saas.recordInvoice(numbered.admin(), saas.tenantOf(numbered.admin()), numberedInvoice);

        Reply first = saas.export(initech.admin(), initech.tenantId());
        Reply second = saas.export(numbered.admin(), numbered.tenantId());
        Reply firstJob = saas.as(initech.admin()).get("/api/jobs/{}", Saas.jobId(first, "Initech's export")).send();
        Reply secondJob = saas.as(numbered.admin()).get("/api/jobs/{}", Saas.jobId(second, "the numbered workspace's export")).send();
        boolean own = initechInvoice.foundIn(first) && initechInvoice.foundIn(firstJob)
                && numberedInvoice.foundIn(second) && numberedInvoice.foundIn(secondJob);
        boolean crossed = numberedInvoice.foundIn(first) || numberedInvoice.foundIn(firstJob)
                || initechInvoice.foundIn(second) || initechInvoice.foundIn(secondJob);
        return CheckResult.passIf(own && !crossed,
                "Each workspace exports and downloads its own invoices, and only its own.",
                crossed ? "One workspace's export held the other's invoice."
                        : "A workspace's export or its job download (statuses " + firstJob.status() + ", " + secondJob.status()
                        + ") lacked the workspace's own invoice.");
    }
}
