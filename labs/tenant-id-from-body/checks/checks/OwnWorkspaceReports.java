package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * An admin records two invoices, one the way the web app sends it (with the workspace's tenantId) and one as the
 * mobile app does (without), then lists and exports them both ways and downloads the job: every answer holds both.
 */
public class OwnWorkspaceReports implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Saas saas = new Saas(context);
        Saas.Workspace acme = saas.signUp("acme");
        String tenantId = saas.tenantOf(acme.admin());
        Canary web = Canary.of(context, "acme-web");
        Canary mobile = Canary.of(context, "acme-mobile");
        saas.recordInvoice(acme.admin(), tenantId, web);
        saas.recordInvoice(acme.admin(), null, mobile);

        Reply listed = saas.as(acme.admin()).get("/api/invoices").query("tenantId", tenantId).send();
        Reply listedBare = saas.as(acme.admin()).get("/api/invoices").send();
        Reply exported = saas.export(acme.admin(), tenantId);
        Reply exportedBare = saas.export(acme.admin(), null);
        Reply job = saas.as(acme.admin()).get("/api/jobs/{}", Saas.jobId(exported, "Acme's export")).send();
        for (Reply reply : new Reply[] {listed, listedBare, exported, exportedBare, job}) {
            if (reply.status() != 200 && reply.status() != 201 || !web.foundIn(reply) || !mobile.foundIn(reply)) {
                return CheckResult.fail("Acme's admin asked for Acme's own invoices: " + reply.request().method() + " "
                        + reply.request().target() + " answered " + reply.status() + (reply.isSuccess()
                        ? " without both of the invoices the workspace recorded." : ".")
                        + " The web app sends its own workspace's tenantId, the mobile app none: both must work.");
            }
        }
        return CheckResult.pass("Acme's admin lists and exports Acme's invoices, with and without the tenantId, and downloads the job.");
    }
}
