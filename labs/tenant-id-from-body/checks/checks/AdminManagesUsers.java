package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Acme's admin adds a colleague and sees them in the workspace's users; the colleague logs in, records an invoice and
 * exports the workspace's invoices (the admin's among them); the admin's list shows the colleague's invoice.
 */
public class AdminManagesUsers implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Saas saas = new Saas(context);
        Saas.Workspace acme = saas.signUp("acme");
        Canary adminInvoice = Canary.of(context, "acme-admin");
        saas.recordInvoice(acme.admin(), acme.tenantId(), adminInvoice);

        String name = context.randomName("carol");
        String password = context.randomName("pw");
        saas.as(acme.admin()).post("/api/users").json("username", name, "password", password, "role", "member")
                .expect("Acme's admin adding a colleague", 201);
        Reply users = saas.as(acme.admin()).get("/api/users").expect("listing Acme's users", 200);
        if (!users.contains(name)) {
            return CheckResult.fail("GET /api/users does not list the colleague Acme's admin just added.");
        }
        User carol = saas.logIn(name, password);
        String tenantId = saas.tenantOf(carol);
        if (!tenantId.equals(acme.tenantId())) {
            return CheckResult.fail("The colleague added to Acme's workspace belongs to " + tenantId + ".");
        }
        Canary carolInvoice = Canary.of(context, "acme-carol");
        saas.recordInvoice(carol, tenantId, carolInvoice);
        Reply export = saas.export(carol, tenantId);
        if (!adminInvoice.foundIn(export) || !carolInvoice.foundIn(export)) {
            return CheckResult.fail("The colleague's export of Acme's invoices lacks " + (adminInvoice.foundIn(export)
                    ? "the invoice they recorded." : "the invoice Acme's admin recorded."));
        }
        Reply listed = saas.as(acme.admin()).get("/api/invoices").query("tenantId", acme.tenantId()).send();
        return CheckResult.passIf(listed.status() == 200 && carolInvoice.foundIn(listed),
                "Acme's admin adds a colleague, who works with the workspace's invoices like the admin.",
                "Acme's admin listing the workspace's invoices got " + listed.status() + " without the colleague's invoice.");
    }
}
