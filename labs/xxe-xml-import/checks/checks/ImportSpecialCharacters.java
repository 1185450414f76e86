package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

/** Escaped characters, character references, CDATA, comments and non-ASCII names are ordinary XML: they import. */
public class ImportSpecialCharacters implements Check {

    @Override
    public CheckResult run(CheckContext context) {
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
        Reply reply = new Crm(context).importXml(xml);
        if (reply.status() != 200) {
            return CheckResult.fail("Importing a contact with escaped characters, CDATA and a comment answered "
                    + reply.status() + " instead of 200.");
        }
        Json contacts = reply.json().get("contacts");
        Json contact = contacts.get(0);
        boolean same = contacts.items().size() == 1
                && contact.get("externalId").text("").equals("R&D-7")
                && contact.get("name").text("").equals(name)
                && contact.get("company").text("").equals("Smith & Sons <Holdings> \"Ltd\" 'UK' Müller€")
                && contact.get("notes").text("").equals("Prefers <b>email</b> & \"plain\" text");
        return CheckResult.passIf(same,
                "Escaped characters, character references, CDATA and non-ASCII names import unchanged.",
                "A contact with escaped characters, CDATA or non-ASCII letters did not import unchanged: " + contacts);
    }
}
