package dev.fixpoint.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference fix of the SQL-injection lab with a pause in every search, so that its grading takes a second or
 * more (still SECURE, well within the lab's limits): long enough for a test to act while it runs or waits.
 */
public final class SlowFix {

    public static final String LAB = "sql-injection-search";
    public static final String FILE = "src/shop/ProductRepository.java";

    private SlowFix() {
    }

    /** The fixed file, pausing {@code millis} in each search, with {@code marker} as a comment to tell copies apart. */
    public static String pausing(int millis, String marker) throws IOException {
        String fix = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
        String search = "public List<Product> search(String query) throws SQLException {";
        assertThat(fix).contains(search);
        return fix.replace(search, search + "\n        // " + marker + "\n        try {\n            Thread.sleep(" + millis + ");\n"
                + "        } catch (InterruptedException e) {\n            throw new SQLException(e);\n        }");
    }
}
