package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer portal as the checks use it. Every caller comes through the load balancer, which names the client's
 * address in X-Forwarded-For: each customer has an address of their own, and so does the attacker.
 */
final class Portal {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    /** A customer the check signed up: name (lower case), password and the address they connect from. */
    record Customer(String name, String password, String address) {
        String email() {
            return name + "@mail.example";
        }
    }

    private final CheckContext context;
    private final Client client;

    Portal(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "portal");
    }

    CheckContext context() {
        return context;
    }

    /** A random client address in the documentation ranges. */
    String address() {
        return "198.51." + context.random().nextInt(100, 200) + "." + context.random().nextInt(1, 255);
    }

    Customer signUp(String prefix) throws SetupFailedException {
        Customer customer = new Customer(context.randomName(prefix), context.randomName("Pw"), address());
        client.post("/api/signup").header("X-Forwarded-For", customer.address())
                .json("username", customer.name(), "password", customer.password())
                .expect("signing up " + customer.name() + " through POST /api/signup", 201);
        return customer;
    }

    /** The password step as {@code typedName} from {@code address}; returns the code that arrived in the customer's mail. */
    String logIn(Customer customer, String typedName, String address) throws SetupFailedException {
        int before = inbox(customer).size();
        client.post("/api/login").header("X-Forwarded-For", address).json("username", typedName, "password", customer.password())
                .expect("signing " + customer.name() + " in with their password at POST /api/login", 200);
        List<Json> mails = inbox(customer);
        if (mails.size() <= before) {
            throw new SetupFailedException("signing " + customer.name() + " in: no new mail arrived in their inbox");
        }
        Matcher code = CODE.matcher(mails.getLast().get("text").text(""));
        if (!code.find()) {
            throw new SetupFailedException("signing " + customer.name() + " in: the mail they got holds no six-digit code");
        }
        return code.group(1);
    }

    String logIn(Customer customer) throws SetupFailedException {
        return logIn(customer, customer.name(), customer.address());
    }

    private List<Json> inbox(Customer customer) throws SetupFailedException {
        return client.get("/mailbox/{}", customer.email()).header("X-Mail-Key", context.secret("mail-key"))
                .expect("reading " + customer.email() + "'s mail", 200).json().items();
    }

    /** The code step as {@code typedName} from {@code address}, not sent yet. */
    Call enter(String typedName, String code, String address) {
        return client.post("/api/login/code").header("X-Forwarded-For", address).json("username", typedName, "code", code);
    }

    Reply enterCode(Customer customer, String code) {
        return enter(customer.name(), code, customer.address()).send();
    }

    /** A six-digit code other than {@code right}. */
    String wrong(String right) {
        String guess;
        do {
            guess = "%06d".formatted(context.random().nextInt(1_000_000));
        } while (guess.equals(right));
        return guess;
    }

    /** The token of a 200 answer from the code step, or null. */
    static String token(Reply reply) {
        return reply.status() == 200 ? reply.json().get("token").text(null) : null;
    }

    /** Whether the token opens the customer's own account. */
    boolean opensAccount(String token, Customer customer) {
        if (token == null) {
            return false;
        }
        Reply me = client.as(Session.bearer(token)).get("/api/me").header("X-Forwarded-For", customer.address()).send();
        return me.status() == 200 && customer.name().equals(me.json().get("username").text(""));
    }
}
