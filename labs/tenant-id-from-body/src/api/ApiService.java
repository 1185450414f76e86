package api;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.util.regex.Pattern;

/**
 * The public API of the invoicing product. A company signs up a workspace (its tenant) and becomes its admin; admins
 * add their colleagues. Invoices, reports and export jobs live in the internal reporting service, which the API calls
 * for each workspace.
 */
public class ApiService implements LabService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Pattern WORKSPACE = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");

    @Override
    public Router start(ServiceContext context) {
        Directory directory = new Directory();
        ReportsController reports = new ReportsController(new ReportingClient(context.peer("reporting")));
        Router router = new Router();
        router.post("/signup", request -> {
            Json body = request.json();
            String username = username(body);
            String password = password(body);
            String workspace = body.get("workspace").text("");
            if (!WORKSPACE.matcher(workspace).matches()) {
                throw HttpError.badRequest("workspace: 3 to 40 lower-case letters, digits or '-'");
            }
            if (!directory.createWorkspace(workspace, username, password)) {
                throw HttpError.conflict("workspace or username taken");
            }
            return Answer.json(201, "username", username, "tenantId", workspace, "role", "admin");
        });
        router.post("/login", request -> {
            Json body = request.json();
            return directory.logIn(body.get("username").text(null), body.get("password").text(null))
                    .map(token -> Answer.json(200, "token", token))
                    .orElseThrow(() -> HttpError.unauthorized("wrong username or password"));
        });
        router.get("/api/me", request -> {
            Member me = directory.require(request);
            return Answer.json(200, "username", me.username(), "tenantId", me.tenantId(), "role", me.role());
        });
        router.get("/api/users", request -> {
            Member admin = directory.require(request);
            Directory.requireAdmin(admin);
            return Answer.json(Json.of(directory.membersOf(admin.tenantId()).stream()
                    .map(member -> Json.object("username", member.username(), "role", member.role())).toList()));
        });
        router.post("/api/users", request -> {
            Member admin = directory.require(request);
            Directory.requireAdmin(admin);
            Json body = request.json();
            String username = username(body);
            String password = password(body);
            String role = body.get("role").text("member");
            if (!role.equals("member") && !role.equals("admin")) {
                throw HttpError.badRequest("role: member or admin");
            }
            if (!directory.addMember(admin.tenantId(), username, password, role)) {
                throw HttpError.conflict("username taken");
            }
            return Answer.json(201, "username", username, "role", role);
        });
        return router
                .post("/api/invoices", request -> reports.recordInvoice(directory.require(request), request))
                .get("/api/invoices", request -> reports.invoices(directory.require(request), request))
                .post("/api/exports", request -> reports.startExport(directory.require(request), request))
                .get("/api/jobs/{id}", request -> reports.job(directory.require(request), request));
    }

    private static String username(Json body) {
        String username = body.get("username").text("");
        if (!USERNAME.matcher(username).matches()) {
            throw HttpError.badRequest("username: 3 to 40 lower-case letters, digits, '.', '_' or '-'");
        }
        return username;
    }

    private static String password(Json body) {
        String password = body.get("password").text("");
        if (password.length() < 8 || password.length() > 72) {
            throw HttpError.badRequest("password: 8 to 72 characters");
        }
        return password;
    }
}
