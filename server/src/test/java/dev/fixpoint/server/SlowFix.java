package dev.fixpoint.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference fix of the platform's fixture lab with a pause in every read of a note, so that its grading takes a
 * while (still SECURE, well within the lab's limits): long enough for a test to act while it runs or waits.
 */
public final class SlowFix {

    public static final String LAB = "platform-fixture";
    public static final String FILE = "src/notes/NoteStore.java";

    private SlowFix() {
    }

    /** The fixed file, pausing {@code millis} in each read, with {@code marker} as a comment to tell copies apart. */
    public static String pausing(int millis, String marker) throws IOException {
        String fix = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
        String read = "public String read(String id) {";
        assertThat(fix).contains(read);
        return fix.replace(read, read + "\n        // " + marker + "\n        try {\n            Thread.sleep(" + millis + ");\n"
                + "        } catch (InterruptedException e) {\n            Thread.currentThread().interrupt();\n        }");
    }
}
