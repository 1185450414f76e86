package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * Sends the document in UTF-16 (big-endian, no byte order mark), which XML parsers detect from its first bytes.
 * Every character of the template is below U+0080, so each becomes a NUL byte and its ASCII byte on the wire.
 */
public class Utf16Import implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Crm crm = new Crm(context);
        String secret = context.secret(context.param("leaks"));
        StringBuilder utf16 = new StringBuilder();
        for (char c : crm.fill(context.payload("document")).toCharArray()) {
            utf16.append('\0').append(c);
        }
        Reply reply = crm.importXml(utf16.toString());
        return CheckResult.passIf(!reply.contains(secret),
                "The import did not read the server's files (status " + reply.status() + ").",
                "The UTF-16 document read a file from the server and returned its content in a contact.");
    }
}
