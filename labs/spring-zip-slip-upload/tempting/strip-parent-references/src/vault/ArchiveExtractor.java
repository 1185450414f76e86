package vault;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded ZIP archive into a user's folder, keeping the archive's folders. */
@Component
public class ArchiveExtractor {

    /** @return the files written, as the archive names them */
    public List<String> extract(InputStream archive, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName()
                        .replace("../", "")        // no climbing out of the user's folder
                        .replaceAll("^/+", "")     // nor absolute paths
                        .replace('\\', '/');       // archives made on Windows use backslashes
                Path target = folder.resolve(name);
                if (name.endsWith("/")) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(name);
            }
        }
        return written;
    }
}
