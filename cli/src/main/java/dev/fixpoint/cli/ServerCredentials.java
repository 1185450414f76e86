package dev.fixpoint.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The server and personal token `fixpoint login` stored, in a file only its owner can read
 * ({@code ~/.config/fixpoint/credentials.properties}, or {@code fixpoint.config}); FIXPOINT_TOKEN overrides the token.
 */
record ServerCredentials(URI server, String token) {

    /** Where an administrator creates the tokens the CI commands need. */
    static final String SERVICE_ACCOUNTS = "Admin > Service accounts";

    /** The server's address as {@code login} stores it: one trailing slash, so that API paths resolve below it. */
    static URI server(String url) {
        URI server;
        try {
            server = new URI(url.strip().replaceAll("/+$", "") + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--server: '" + url + "' is not a URL: " + e.getReason());
        }
        if (server.getScheme() == null || !server.getScheme().matches("(?i)https?") || server.getHost() == null) {
            throw new IllegalArgumentException("--server: '" + url + "' is not an http or https URL, such as https://fixpoint.example.com");
        }
        return server;
    }

    /**
     * The credentials of the CI commands: FIXPOINT_TOKEN, which CI sets from a secret, else the token {@code login}
     * stored if it was for this server.
     */
    static ServerCredentials forCi(URI server) {
        Optional<String> token = environmentToken()
                .or(() -> stored().filter(login -> login.server().equals(server)).map(ServerCredentials::token));
        return new ServerCredentials(server, token.orElseThrow(() -> new IllegalStateException("no token for " + server
                + ": set FIXPOINT_TOKEN to the token of a CI service account (an administrator creates one under "
                + SERVICE_ACCOUNTS + ")")));
    }

    static Path file() {
        String override = System.getProperty("fixpoint.config");
        Path dir = override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".config", "fixpoint");
        return dir.resolve("credentials.properties");
    }

    static Optional<ServerCredentials> load() {
        return stored().map(login -> new ServerCredentials(login.server(), environmentToken().orElse(login.token())));
    }

    private static Optional<ServerCredentials> stored() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(new ServerCredentials(URI.create(properties.getProperty("server")), properties.getProperty("token")));
    }

    private static Optional<String> environmentToken() {
        // An empty variable is what CI gives for a secret that was never set: no token, rather than a blank one.
        return Optional.ofNullable(System.getenv("FIXPOINT_TOKEN")).map(String::strip).filter(token -> !token.isEmpty());
    }

    void save() throws IOException {
        Path file = file();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Properties properties = new Properties();
        properties.setProperty("server", server.toString());
        properties.setProperty("token", token);
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "fixpoint login: keep this file private");
        }
    }
}
