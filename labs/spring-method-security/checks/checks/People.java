package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Session;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The people API as the checks use it: Erin, the demo employee of the briefing, and Hana, the HR administrator. */
final class People {

    static final String EMPLOYEE = "erin";
    static final String EMPLOYEE_PASSWORD = "erin-drinks-tea";

    private final CheckContext context;
    private final Client client;

    People(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "people");
    }

    static Session basic(String user, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The API as Erin, an employee. */
    Client employee() {
        return client.as(basic(EMPLOYEE, EMPLOYEE_PASSWORD));
    }

    /** The API as Hana, the HR administrator. */
    Client hr() {
        return client.as(basic("hana", context.secret("hr-password")));
    }

    /** A new employee hired by HR (no login of their own); their id. */
    long hire(String fullName, String salary) throws SetupFailedException {
        String step = "HR hiring a new employee";
        return hr().post("/api/hr/employees")
                .json("fullName", fullName, "email", fullName + "@larkspur.example", "salary", new BigDecimal(salary),
                        "bankAccount", "GB60 LOYD 3095 6200 1234 56")
                .expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** The id of Erin's record, as HR reads the staff list. */
    long employeeId() throws SetupFailedException {
        String step = "HR listing the staff";
        return hr().get("/api/hr/employees").expect(step, 200).json().items().stream()
                .filter(employee -> EMPLOYEE.equals(employee.get("username").text("")))
                .findFirst().flatMap(employee -> employee.get("id").integer())
                .orElseThrow(() -> new SetupFailedException(step + ": Erin is not in the list"));
    }

    /** The record as HR reads it; {@link Json#MISSING} when there is none. */
    Json record(long id) throws SetupFailedException {
        var reply = hr().get("/api/hr/employees/{}", id).expect("HR reading employee " + id, 200, 404);
        return reply.status() == 200 ? reply.json() : Json.MISSING;
    }

    /** The salary of the record as HR reads it. */
    Optional<BigDecimal> salary(long id) throws SetupFailedException {
        return record(id).get("salary").number();
    }

    /** A salary nobody has: a whole number of pounds between 200,000 and 299,999 with random pence. */
    BigDecimal unusualSalary() {
        return new BigDecimal(200_000 + context.random().nextInt(100_000) + "." + (10 + context.random().nextInt(90)));
    }
}
