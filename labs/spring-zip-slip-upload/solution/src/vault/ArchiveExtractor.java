package vault;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded ZIP archive into a user's folder, keeping the archive's folders. */
@Component
public class ArchiveExtractor {

    /**
     * Checks every entry before writing anything: an entry whose name leads out of {@code folder} (with '..', an
     * absolute path, or Windows separators) refuses the whole archive.
     *
     * @return the files written, as the archive names them
     */
    public List<String> extract(InputStream archive, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');   // archives made on Windows use backslashes
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {   // Path.startsWith: whole names, not text
                    throw new BadArchiveException("the entry " + name + " leads out of your folder");
                }
                if (name.endsWith("/")) {
                    folders.add(target);
                } else {
                    files.put(target, zip.readAllBytes());
                    written.add(name);
                }
            }
        }
        for (Path directory : folders) {
            Files.createDirectories(directory);
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.write(file.getKey(), file.getValue());
        }
        return written;
    }
}
