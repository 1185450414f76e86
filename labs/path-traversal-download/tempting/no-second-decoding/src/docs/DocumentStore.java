package docs;

import java.io.IOException;
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

    /** The file that a document name refers to; never anything outside the documents folder. */
    private Path locate(String name) throws AccessDeniedException {
        // The second decoding and the separator conversion are what turned '%2e%2e%2f' and '..\\' into '../':
        // take the name as it arrives, and keep it inside the folder.
        Path file = documents.resolve(name).normalize();
        if (!file.startsWith(documents) || file.equals(documents)) {
            throw new AccessDeniedException(name);
        }
        return file;
    }
}
