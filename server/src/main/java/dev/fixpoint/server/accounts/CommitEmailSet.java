package dev.fixpoint.server.accounts;

/**
 * Published, inside the transaction, when an administrator gives an account the email commit authors are matched
 * by, so that findings already waiting for that author can be assigned.
 *
 * @param email the email as stored (trimmed, lower case)
 */
public record CommitEmailSet(Account account, String email) {
}
