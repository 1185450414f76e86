package docs;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The portal's documents on disk, addressed by their name inside the documents folder, like {@code reports/2024/q1.txt}. */
public class DocumentStore {

    private final File folder;
    /** The folder's canonical path with a separator after it, so that a sibling whose name begins alike never matches. */
    private final String folderPrefix;

    public DocumentStore(Path documents) throws IOException {
        this.folder = documents.toFile().getCanonicalFile();
        this.folderPrefix = folder.getPath() + File.separator;
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
    private Path locate(String name) throws IOException {
        // The desktop sync client percent-encodes names a second time and sends Windows separators: undo both first.
        String relative = URLDecoder.decode(name, StandardCharsets.UTF_8).replace('\\', '/');
        // new File(parent, child) always joins, even an absolute child; getCanonicalFile then resolves "..",
        // "." and symbolic links, so the comparison is on where the file really is.
        File file = new File(folder, relative).getCanonicalFile();
        if (!file.getPath().startsWith(folderPrefix)) {
            throw new AccessDeniedException(name);
        }
        return file.toPath();
    }
}
