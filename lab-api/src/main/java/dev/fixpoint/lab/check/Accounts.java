package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;

import java.util.Objects;

/**
 * Signs users up and logs them in through a service's JSON endpoints, the way most labs take accounts:
 * {@code {"username": ..., "password": ...}} posted to a sign-up path, then to a log-in path that answers with a token
 * field (a bearer session) or sets a cookie. Immutable: each setting returns new accounts.
 */
public final class Accounts {

    private final Client client;
    private final String signUpPath;
    private final String logInPath;
    private final String usernameField;
    private final String passwordField;
    private final String tokenField;
    /** Fields sent with every sign-up and log-in besides the name and password, in order. */
    private final java.util.Map<String, Object> extraFields;

    private Accounts(Client client, String signUpPath, String logInPath, String usernameField, String passwordField, String tokenField,
                     java.util.Map<String, Object> extraFields) {
        this.client = Objects.requireNonNull(client, "client");
        this.signUpPath = signUpPath;
        this.logInPath = Objects.requireNonNull(logInPath, "logInPath");
        this.usernameField = usernameField;
        this.passwordField = passwordField;
        this.tokenField = tokenField;
        this.extraFields = extraFields;
    }

    /**
     * Accounts of {@code client}'s service with these endpoints; the log-in answers with a {@code token} field.
     *
     * @param signUpPath where new users sign up, or null when the lab has only seeded users
     */
    public static Accounts of(Client client, String signUpPath, String logInPath) {
        return new Accounts(client.as(Session.NONE), signUpPath, logInPath, "username", "password", "token", java.util.Map.of());
    }

    /** The names of the user name and password fields, when they are not {@code username} and {@code password}. */
    public Accounts fields(String username, String password) {
        return new Accounts(client, signUpPath, logInPath, username, password, tokenField, extraFields);
    }

    /** The field of the log-in answer that holds the bearer token; null when the log-in sets a session cookie instead. */
    public Accounts token(String field) {
        return new Accounts(client, signUpPath, logInPath, usernameField, passwordField, field, extraFields);
    }

    /** Another field sent with every sign-up and log-in, such as a tenant or a one-time code the lab's form asks for. */
    public Accounts with(String field, Object value) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(extraFields);
        fields.put(Objects.requireNonNull(field, "field"), value);
        return new Accounts(client, signUpPath, logInPath, usernameField, passwordField, tokenField, java.util.Collections.unmodifiableMap(fields));
    }

    /** The JSON body of a sign-up or log-in. */
    private Json credentials(String name, String password) {
        java.util.List<Object> pairs = new java.util.ArrayList<>(java.util.List.of(usernameField, name, passwordField, password));
        extraFields.forEach((field, value) -> {
            pairs.add(field);
            pairs.add(value);
        });
        return Json.object(pairs.toArray());
    }

    /**
     * Signs up a new user with a random name ({@code prefix-xxxxxxxx}) and password, then logs them in.
     *
     * @throws SetupFailedException if either step does not work
     */
    public User signUp(String prefix) throws SetupFailedException {
        if (signUpPath == null) {
            throw new IllegalStateException("these accounts have no sign-up path");
        }
        String name = client.context().randomName(prefix);
        String password = client.context().randomName("pw");
        client.post(signUpPath).json(credentials(name, password)).expect("signing up " + name);
        return logIn(name, password);
    }

    /**
     * Logs an existing user in.
     *
     * @throws SetupFailedException if the log-in does not answer 2xx with a token (or a cookie)
     */
    public User logIn(String name, String password) throws SetupFailedException {
        Reply reply = client.post(logInPath).json(credentials(name, password)).expect("logging in as " + name);
        if (tokenField == null) {
            Session session = Session.cookies(reply).orElseThrow(() ->
                    new SetupFailedException("logging in as " + name + ": POST " + logInPath + " set no cookie"));
            return new User(name, password, session);
        }
        Json token = reply.need("logging in as " + name, tokenField);
        return new User(name, password, Session.bearer(token.text().orElseThrow(() ->
                new SetupFailedException("logging in as " + name + ": the '" + tokenField + "' field is not a string"))));
    }
}
