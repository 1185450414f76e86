package dev.fixpoint.server.accounts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.regex.Pattern;

/** Creating accounts, with the rules every way of creating one shares. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{3,100}");
    static final int MIN_PASSWORD = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccountDirectory directory;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, AccountDirectory directory) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.directory = directory;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException naming what is wrong with the name or password, or that the name is taken
     */
    @Transactional
    public Account create(String username, String password, Role role) {
        checkUsername(username);
        if (role == Role.CI) {
            throw new IllegalArgumentException("CI service accounts are created under Admin, Service accounts");
        }
        checkPassword(password);
        try {
            return accounts.create(username, passwords.encode(password), role);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("The user name '" + username + "' is taken");
        }
    }

    /**
     * Creates an account with the email commit authors are matched by (none when blank), or nothing at all.
     *
     * @throws IllegalArgumentException naming what is wrong with the name, password or email
     */
    @Transactional
    public Account create(String username, String password, Role role, String email) {
        Account account = create(username, password, role);
        directory.setEmail(account.id(), email);
        return account;
    }

    /** @throws IllegalArgumentException when the name is not one an account may have */
    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("The user name must be 3 to 100 letters, digits or . _ @ -");
        }
    }

    /** @throws IllegalArgumentException when the password is too short or too long */
    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new IllegalArgumentException("The password must be " + MIN_PASSWORD + " to 200 characters long");
        }
    }

    /** Whether an account has the name already. */
    boolean isTaken(String username) {
        return accounts.find(username).isPresent();
    }

    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
