package billing;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The invoicing API: accounts and tokens, routing, JSON and CSV. Every /invoices request is authenticated
 * here before InvoiceController sees it.
 */
public class BillingService implements LabService {

    private static final Set<String> FORM_FIELDS = Set.of("customer", "description", "amount", "status");

    /** What an /invoices endpoint does for an authenticated caller. */
    private interface Endpoint {
        Answer handle(User caller, Incoming request) throws Exception;
    }

    private final Accounts accounts = new Accounts(User.Role.MEMBER.name());

    @Override
    public Router start(ServiceContext context) throws Exception {
        Database db = Database.memory("billing");
        db.run("CREATE TABLE invoices (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40) NOT NULL, "
                        + "customer VARCHAR(200) NOT NULL, description VARCHAR(1000) NOT NULL, "
                        + "amount DECIMAL(12, 2) NOT NULL, status VARCHAR(20) NOT NULL)",
                "CREATE INDEX invoices_owner ON invoices (owner)");
        InvoiceController invoices = new InvoiceController(new InvoiceRepository(db.url()));

        // An existing customer with real invoices, and the firm's accountant who audits every account.
        accounts.add("globex", UUID.randomUUID().toString(), User.Role.MEMBER.name());
        accounts.add("accountant", context.secret("accountant-password"), User.Role.ACCOUNTANT.name());
        User globex = new User("globex", User.Role.MEMBER);
        invoices.create(globex, new InvoiceForm("Initech", "Consulting, March", new BigDecimal("12400.00"), null));
        invoices.create(globex, new InvoiceForm("Umbrella Corp", context.secret("globex-invoice-note"), new BigDecimal("98000.00"), null));
        invoices.create(globex, new InvoiceForm("Initech", "Consulting, April", new BigDecimal("11800.00"), null));

        Router router = accounts.routes(new Router(), "/signup", "/login");
        return router
                .get("/invoices", authenticated((caller, request) -> Answer.json(Json.of(json(invoices.list(caller))))))
                .post("/invoices", authenticated((caller, request) -> Answer.json(201, json(invoices.create(caller, form(request))))))
                .get("/invoices/export", authenticated((caller, request) -> csv(invoices.export(caller, ids(request)))))
                .get("/invoices/{id}", authenticated((caller, request) -> Answer.json(json(invoices.get(caller, request.longParam("id"))))))
                .put("/invoices/{id}", authenticated((caller, request) ->
                        Answer.json(json(invoices.replace(caller, request.longParam("id"), form(request))))))
                .patch("/invoices/{id}", authenticated((caller, request) ->
                        Answer.json(json(invoices.patch(caller, request.longParam("id"), form(request))))))
                .delete("/invoices/{id}", authenticated((caller, request) -> {
                    invoices.delete(caller, request.longParam("id"));
                    return Answer.status(204);
                }));
    }

    /** Authenticates the bearer token (401 otherwise) and answers the controller's exceptions with their statuses. */
    private Router.Handler authenticated(Endpoint endpoint) {
        return request -> {
            Accounts.Account account = accounts.caller(request).orElseThrow(() -> HttpError.unauthorized("log in first"));
            try {
                return endpoint.handle(new User(account.name(), User.Role.valueOf(account.role())), request);
            } catch (InvoiceNotFoundException e) {
                throw HttpError.notFound("invoice not found");
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("bad request");
            }
        };
    }

    private static InvoiceForm form(Incoming request) {
        Json body = request.json();
        if (body.kind() != Json.Kind.OBJECT || !FORM_FIELDS.containsAll(body.fields().keySet())) {
            throw new IllegalArgumentException("an invoice: customer, description, amount, status");
        }
        Json amount = body.get("amount");
        BigDecimal number = switch (amount.kind()) {
            case NUMBER -> amount.number().orElseThrow();
            case STRING -> new BigDecimal(amount.text().orElseThrow());
            case NULL, MISSING -> null;
            default -> throw new IllegalArgumentException("amount: a number");
        };
        return new InvoiceForm(text(body, "customer"), text(body, "description"), number, text(body, "status"));
    }

    private static String text(Json body, String field) {
        Json value = body.get(field);
        return switch (value.kind()) {
            case STRING -> value.text().orElseThrow();
            case NULL, MISSING -> null;
            default -> throw new IllegalArgumentException(field + ": a string");
        };
    }

    /** The ids of {@code ?ids=1,2,3}: at most 100. */
    private static List<Long> ids(Incoming request) {
        List<Long> ids = new ArrayList<>();
        for (String list : request.queries("ids")) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(Long.parseLong(id.trim()));
                }
            }
        }
        if (ids.isEmpty() || ids.size() > 100) {
            throw new IllegalArgumentException("ids: 1 to 100 invoice ids");
        }
        return ids;
    }

    private static Json json(Invoice invoice) {
        return Json.object("id", invoice.id(), "owner", invoice.owner(), "customer", invoice.customer(),
                "description", invoice.description(), "amount", invoice.amount(), "status", invoice.status());
    }

    private static List<Json> json(List<Invoice> invoices) {
        return invoices.stream().map(BillingService::json).toList();
    }

    private static Answer csv(List<Invoice> rows) {
        StringBuilder csv = new StringBuilder("id,customer,description,amount,status\r\n");
        for (Invoice invoice : rows) {
            csv.append(invoice.id()).append(',').append(csvField(invoice.customer())).append(',')
                    .append(csvField(invoice.description())).append(',').append(invoice.amount().toPlainString())
                    .append(',').append(invoice.status()).append("\r\n");
        }
        return Answer.of(200, "text/csv; charset=utf-8", csv.toString())
                .header("Content-Disposition", "attachment; filename=\"invoices.csv\"");
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
