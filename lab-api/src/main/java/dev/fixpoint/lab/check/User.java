package dev.fixpoint.lab.check;

/**
 * A user a check signed up or logged in.
 *
 * @param name     the user name
 * @param password the password
 * @param session  the credentials to act as them
 */
public record User(String name, String password, Session session) {
}
