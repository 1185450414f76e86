package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/** An ordinary export with several contacts imports completely, and the contacts land in the address book. */
public class ImportContacts implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
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
        Response response = Crm.importXml(context, xml.append("</contacts>\n").toString());
        if (response.status() != 200) {
            return CheckResult.fail("Importing three ordinary contacts answered " + response.status() + " instead of 200.");
        }
        JsonNode contacts = Crm.json(response).path("contacts");
        if (contacts.size() != names.length) {
            return CheckResult.fail("Importing three contacts returned " + contacts.size() + " of them.");
        }
        for (int i = 0; i < names.length; i++) {
            JsonNode contact = contacts.get(i);
            if (!contact.path("externalId").asText().equals("CRM-" + (1000 + i))
                    || !contact.path("name").asText().equals(names[i])
                    || !contact.path("email").asText().equals(names[i] + "@example.com")
                    || !contact.path("company").asText().equals("Smith & Sons")) {
                return CheckResult.fail("The imported contact " + names[i] + " came back with other values: " + contact);
            }
        }
        Response addressBook = context.send("crm", Request.get("/contacts"));
        return CheckResult.passIf(addressBook.status() == 200 && addressBook.body().contains(names[2] + "@example.com"),
                "The contacts were imported with their values and are in the address book.",
                "The imported contacts are not listed by GET /contacts.");
    }
}
