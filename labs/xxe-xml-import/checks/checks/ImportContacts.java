package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

/** An ordinary export with several contacts imports completely, and the contacts land in the address book. */
public class ImportContacts implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Crm crm = new Crm(context);
        String[] names = {context.randomName("ada"), context.randomName("grace"), context.randomName("alan")};
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contacts>\n");
        for (int i = 0; i < names.length; i++) {
            xml.append("  <contact id=\"CRM-").append(1000 + i).append("\">\n")
                    .append("    <name>").append(names[i]).append("</name>\n")
                    .append("    <email>").append(names[i]).append("@example.com</email>\n")
                    .append("    <company>Smith &amp; Sons</company>\n")
                    .append("    <notes>Imported by a check</notes>\n")
                    .append("  </contact>\n");
        }
        Reply reply = crm.importXml(xml.append("</contacts>\n").toString());
        if (reply.status() != 200) {
            return CheckResult.fail("Importing three ordinary contacts answered " + reply.status() + " instead of 200.");
        }
        Json contacts = reply.json().get("contacts");
        if (contacts.items().size() != names.length) {
            return CheckResult.fail("Importing three contacts returned " + contacts.items().size() + " of them.");
        }
        for (int i = 0; i < names.length; i++) {
            Json contact = contacts.get(i);
            if (!contact.get("externalId").text("").equals("CRM-" + (1000 + i))
                    || !contact.get("name").text("").equals(names[i])
                    || !contact.get("email").text("").equals(names[i] + "@example.com")
                    || !contact.get("company").text("").equals("Smith & Sons")) {
                return CheckResult.fail("The imported contact " + names[i] + " came back with other values: " + contact);
            }
        }
        Reply addressBook = crm.contacts();
        return CheckResult.passIf(addressBook.status() == 200 && addressBook.body().contains(names[2] + "@example.com"),
                "The contacts were imported with their values and are in the address book.",
                "The imported contacts are not listed by GET /contacts.");
    }
}
