package docs;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        // Symbolic links are not documents: never follow one out of the folder.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * The file that a document name refers to, built one folder name at a time: every step is an ordinary name,
     * so the path can only go down from the documents folder.
     */
    private Path locate(String name) throws AccessDeniedException {
        // The desktop sync client percent-encodes names a second time and sends Windows separators: undo both first,
        // so that the steps judged below are the ones the file system will see.
        String relative = URLDecoder.decode(name, StandardCharsets.UTF_8).replace('\\', '/');
        Path file = documents;
        // -1 keeps empty steps, so a leading "/" (an absolute name) or a trailing one is refused too.
        for (String step : relative.split("/", -1)) {
            if (step.isEmpty() || step.equals(".") || step.equals("..")) {
                throw new AccessDeniedException(name);
            }
            file = file.resolve(step);
        }
        return file;
    }
}
