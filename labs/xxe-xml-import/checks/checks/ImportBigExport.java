package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

/**
 * A big export from the old CRM: four contacts whose notes hold 120,000 escaped characters in all, more than the
 * JDK's default entity size limits (100,000) count, though no DTD is involved. The starter lifted those limits for
 * this; a fix that restores them all refuses the export.
 */
public class ImportBigExport implements Check {

    private static final int CONTACTS = 4;
    private static final int ESCAPES_PER_CONTACT = 30_000;

    @Override
    public CheckResult run(CheckContext context) {
        String[] names = new String[CONTACTS];
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contacts>\n");
        for (int i = 0; i < CONTACTS; i++) {
            names[i] = context.randomName("legacy");
            xml.append("  <contact id=\"OLD-").append(i).append("\"><name>").append(names[i]).append("</name><email>")
                    .append(names[i]).append("@example.com</email><notes>")
                    .append("Q&amp;A ".repeat(ESCAPES_PER_CONTACT)).append("</notes></contact>\n");
        }
        Reply reply = new Crm(context).importXml(xml.append("</contacts>\n").toString());
        if (reply.status() != 200) {
            return CheckResult.fail("Importing a big export (" + CONTACTS * ESCAPES_PER_CONTACT + " escaped characters) answered "
                    + reply.status() + " instead of 200.");
        }
        Json contacts = reply.json().get("contacts");
        String notes = "Q&A ".repeat(ESCAPES_PER_CONTACT).strip();
        boolean complete = contacts.items().size() == CONTACTS;
        for (int i = 0; complete && i < CONTACTS; i++) {
            complete = names[i].equals(contacts.get(i).get("name").text(null)) && notes.equals(contacts.get(i).get("notes").text(null));
        }
        return CheckResult.passIf(complete,
                "A big export with " + CONTACTS * ESCAPES_PER_CONTACT + " escaped characters imports completely.",
                "A big export did not import completely: " + contacts.items().size() + " of " + CONTACTS + " contacts, or their notes changed.");
    }
}
