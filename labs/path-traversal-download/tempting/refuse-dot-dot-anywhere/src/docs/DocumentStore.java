package docs;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The portal's documents on disk, addressed by their name inside the documents folder, like {@code reports/2024/q1.txt}. */
public class DocumentStore {

    private final Path documents;

    public DocumentStore(Path documents) {
        this.documents = documents;
    }

    /** The content of a document. */
    public byte[] read(String name) throws IOException {
        Path file = locate(name);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(name);
        }
        return Files.readAllBytes(file);
    }

    /** Stores a document, creating its folders as needed; an existing document of that name is replaced. */
    public void write(String name, byte[] content) throws IOException {
        Path file = locate(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** The file that a document name refers to. */
    private Path locate(String name) throws AccessDeniedException {
        // The desktop sync client percent-encodes names a second time and sends Windows separators: undo both.
        String relative = URLDecoder.decode(name, StandardCharsets.UTF_8).replace('\\', '/');
        // No way up without "..": refuse every name that has it.
        if (relative.contains("..")) {
            throw new AccessDeniedException(name);
        }
        return documents.resolve(relative).normalize();
    }
}
