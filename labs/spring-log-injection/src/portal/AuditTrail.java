package portal;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit trail: an append-only UTF-8 text file that is shipped to the log platform, one event a line. Readers split
 * it as Java's \R does, on every Unicode line break: LF, CR, CR LF, vertical tab, form feed, NEL (U+0085), and the
 * line and paragraph separators (U+2028, U+2029).
 */
@Component
public class AuditTrail {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final Path file;

    AuditTrail() throws IOException {
        this.file = Path.of(System.getProperty("java.io.tmpdir"), "audit.log");
        Files.deleteIfExists(file);
    }

    /** Appends one line; the text must not hold a line break of its own. */
    public synchronized void append(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last {@code count} lines, oldest first, as the log platform shows them. */
    public synchronized List<String> lastLines(int count) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            List<String> lines = Arrays.stream(LINE_BREAK.split(Files.readString(file, StandardCharsets.UTF_8)))
                    .filter(line -> !line.isEmpty()).toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
