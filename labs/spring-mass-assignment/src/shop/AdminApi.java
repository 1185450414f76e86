package shop;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Staff only (role admin, see ShopApplication): the accounts, and verifying a customer after the ID check. */
@RestController
@RequestMapping("/api/admin/accounts")
public class AdminApi {

    private final Accounts accounts;

    public AdminApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    Iterable<Account> list() {
        return accounts.findAll();
    }

    @PostMapping("/{id}/verify")
    Account verify(@PathVariable long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        account.setVerified(true);
        return accounts.save(account);
    }
}
