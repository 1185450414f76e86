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
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded ZIP archive into a user's folder, keeping the archive's folders. */
@Component
public class ArchiveExtractor {

    /** One folder or file name: letters, digits, spaces and the punctuation people use in names; never "." or "..". */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N} ._()'&+,-]{1,100}");

    /**
     * Accepts only names made of ordinary folder and file names joined by '/' (or '\' from Windows): no absolute
     * path, no empty, "." or ".." segment. Every entry is checked before anything is written.
     *
     * @return the files written, as the archive names them
     */
    public List<String> extract(InputStream archive, Path folder) throws IOException {
        List<Path> folders = new ArrayList<>();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                boolean directory = name.endsWith("/");
                String path = directory ? name.substring(0, name.length() - 1) : name;
                for (String segment : path.split("/", -1)) {
                    if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                        throw new BadArchiveException("the entry " + name + " is not a plain relative path");
                    }
                }
                Path target = folder.resolve(path);
                if (directory) {
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
