package dev.fixpoint.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
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

    static Path file() {
        String override = System.getProperty("fixpoint.config");
        Path dir = override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".config", "fixpoint");
        return dir.resolve("credentials.properties");
    }

    static Optional<ServerCredentials> load() throws IOException {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String token = System.getenv("FIXPOINT_TOKEN") != null ? System.getenv("FIXPOINT_TOKEN") : properties.getProperty("token");
        return Optional.of(new ServerCredentials(URI.create(properties.getProperty("server")), token));
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
