package dev.fixpoint.server.accounts;

/**
 * A user of Fixpoint, as other modules see it.
 *
 * @param id the account's id, which every object a user owns refers to
 */
public record Account(long id, String username, Role role) {
}
