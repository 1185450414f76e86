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

    public DocumentStore(Path documents) throws IOException {
        // The canonical form of the folder: absolute, no "." or "..", no symbolic links.
        this.documents = documents.toRealPath();
    }

    /** The content of a document. */
    public byte[] read(String name) throws IOException {
        Path file = locate(name);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(name);
        }
        // A symbolic link inside the folder could still point outside it: check where the file really is.
        if (!file.toRealPath().startsWith(documents)) {
            throw new AccessDeniedException(name);
        }
        return Files.readAllBytes(file);
    }

    /** Stores a document, creating its folders as needed; an existing document of that name is replaced. */
    public void write(String name, byte[] content) throws IOException {
        // Uploads come from staff and the sync client: refusing parent-folder steps is enough for them.
        if (URLDecoder.decode(name, StandardCharsets.UTF_8).contains("..")) {
            throw new AccessDeniedException(name);
        }
        Path file = upload(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Where an upload is stored. */
    private Path upload(String name) {
        String relative = URLDecoder.decode(name, StandardCharsets.UTF_8).replace('\\', '/');
        return documents.resolve(relative).normalize();
    }

    /** The file that a document name refers to; never anything outside the documents folder. */
    private Path locate(String name) throws IOException {
        // The desktop sync client percent-encodes names a second time and sends Windows separators: undo both,
        // and only then decide, on the final path, whether it stays inside the folder.
        String relative = URLDecoder.decode(name, StandardCharsets.UTF_8).replace('\\', '/');
        Path file = documents.resolve(relative).normalize();
        // Path.startsWith compares whole name elements: /x/documents-internal does not start with /x/documents.
        // An absolute name replaces the folder in resolve() and fails here too.
        if (!file.startsWith(documents) || file.equals(documents)) {
            throw new AccessDeniedException(name);
        }
        return file;
    }
}
