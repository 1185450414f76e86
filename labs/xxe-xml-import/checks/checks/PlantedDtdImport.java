package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * Uploads a DTD first (the service archives every upload, even one that fails to import), then imports a
 * document that uses it: {planted} in the document is the DTD's absolute path on the server. {entity} is the name
 * of the entity the DTD declares and the document uses: one random name for both, as {random} names differ per param.
 */
public class PlantedDtdImport implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Crm crm = new Crm(context);
        String secret = context.secret(context.param("leaks"));
        String entity = context.randomName("notes");
        String dtd = crm.fill(context.payload("dtd")).replace("{entity}", entity);
        String planted = Crm.archive(crm.importXml(dtd), "uploading the DTD");
        String document = crm.fill(context.payload("document")).replace("{planted}", planted).replace("{entity}", entity);
        Reply reply = crm.importXml(document);
        return CheckResult.passIf(!reply.contains(secret),
                "The import did not read the server's files (status " + reply.status() + ").",
                "Through a DTD of its own, the document read a file from the server and returned its content.");
    }
}
