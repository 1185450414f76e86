package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reporting service as the checks use it: the analyst dana, the ledger's lines and the column endpoint. */
final class Reports {

    static final Session ANALYST = Session.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString("dana:dana-reads-the-numbers".getBytes(StandardCharsets.UTF_8)));

    private final Client client;

    Reports(CheckContext context) {
        this.client = Client.of(context, "reports").as(ANALYST);
    }

    /** GET /api/sales/lines: the ledger's lines as the dashboards see them. */
    List<Json> lines(String step) throws SetupFailedException {
        Json lines = client.get("/api/sales/lines").expect(step, 200).json();
        if (lines.items().isEmpty()) {
            throw new SetupFailedException(step + ": GET /api/sales/lines listed no order lines");
        }
        return lines.items();
    }

    /** POST /api/reports/column with this formula; the reply, whatever it is. */
    Reply column(String name, String formula) {
        return client.post("/api/reports/column").json("name", name, "formula", formula).send();
    }

    /** The column's value for each line id, from a reply of POST /api/reports/column. */
    static Map<Long, Json> values(Reply reply) {
        Map<Long, Json> values = new LinkedHashMap<>();
        for (Json row : reply.json().get("rows").items()) {
            row.get("line").integer().ifPresent(id -> values.put(id, row.get("value")));
        }
        return values;
    }
}
