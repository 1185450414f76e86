package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

/** The shop's gateway as the checks use it: customers, their store credit and their role. */
final class Shop {

    private final Client gateway;

    Shop(CheckContext context) {
        this.gateway = Client.of(context, "gateway");
    }

    Client gateway() {
        return gateway;
    }

    User signUp(String prefix) throws SetupFailedException {
        return Accounts.of(gateway, "/signup", "/login").signUp(prefix);
    }

    User admin(CheckContext context) throws SetupFailedException {
        return Accounts.of(gateway, "/signup", "/login").logIn("ops-admin", context.secret("admin-password"));
    }

    /** The user's profile: username, role and store credit. */
    Json me(User user) throws SetupFailedException {
        return gateway.as(user.session()).get("/api/me").send().expect("reading " + user.name() + "'s profile", 200).json();
    }

    BigDecimal credit(User user) throws SetupFailedException {
        return me(user).get("credit").text().map(BigDecimal::new).orElse(BigDecimal.ZERO);
    }

    String role(User user) throws SetupFailedException {
        return me(user).get("role").text("");
    }
}
