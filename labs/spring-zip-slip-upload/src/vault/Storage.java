package vault;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where documents live: {@code <vault.root>/users/<username>/...}, created at start. */
@Component
public class Storage {

    private final Path users;

    public Storage(@Value("${vault.root}") String root) throws IOException {
        this.users = Files.createDirectories(Path.of(root).resolve("users")).toRealPath();
    }

    /** The user's own folder, created on first use. */
    public Path folderOf(String username) throws IOException {
        return Files.createDirectories(users.resolve(username));
    }

    /** Every document in the user's folder, as paths relative to it with '/' between folders, sorted. */
    public List<String> list(String username) throws IOException {
        Path folder = folderOf(username);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"))
                    .sorted()
                    .toList();
        }
    }

    /** One document of the user's folder, or nothing when the path leads elsewhere or to no file. */
    public Optional<byte[]> read(String username, String relative) throws IOException {
        Path folder = folderOf(username);
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }
}
