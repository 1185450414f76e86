package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/** Escaped characters, character references, CDATA, comments and non-ASCII names are ordinary XML: they import. */
public class ImportSpecialCharacters implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String name = "Zoë Ångström-陈 " + context.randomName("o'brien");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Exported from Northwind Legacy CRM 4.2 -->\n"
                + "<contacts>\n"
                + "  <contact id=\"R&amp;D-7\">\n"
                + "    <name>" + name + "</name>\n"
                + "    <email>zoe@example.com</email>\n"
                + "    <company>Smith &amp; Sons &lt;Holdings&gt; &quot;Ltd&quot; &apos;UK&apos; M&#252;ller&#x20AC;</company>\n"
                + "    <notes><![CDATA[Prefers <b>email</b> & \"plain\" text]]></notes>\n"
                + "  </contact>\n"
                + "</contacts>\n";
        Response response = Crm.importXml(context, xml);
        if (response.status() != 200) {
            return CheckResult.fail("Importing a contact with escaped characters, CDATA and a comment answered "
                    + response.status() + " instead of 200.");
        }
        JsonNode contacts = Crm.json(response).path("contacts");
        JsonNode contact = contacts.path(0);
        boolean same = contacts.size() == 1
                && contact.path("externalId").asText().equals("R&D-7")
                && contact.path("name").asText().equals(name)
                && contact.path("company").asText().equals("Smith & Sons <Holdings> \"Ltd\" 'UK' Müller€")
                && contact.path("notes").asText().equals("Prefers <b>email</b> & \"plain\" text");
        return CheckResult.passIf(same,
                "Escaped characters, character references, CDATA and non-ASCII names import unchanged.",
                "A contact with escaped characters, CDATA or non-ASCII letters did not import unchanged: " + contacts);
    }
}
