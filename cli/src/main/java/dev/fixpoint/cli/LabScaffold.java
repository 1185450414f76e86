package dev.fixpoint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Writes a new lab from the templates of its runtime ({@code lab-templates/<runtime>/files.txt} and the files it lists,
 * resources of this module), with the lab's id, title and package filled in.
 */
final class LabScaffold {

    private static final String TEMPLATES = "lab-templates/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LabScaffold() {
    }

    /** The runtimes there are templates for. */
    static Set<String> runtimes() {
        return Set.of("java", "spring-boot");
    }

    /** The Java package of a lab's services: the id's words run together, prefixed when that is no Java name. */
    static String packageName(String id) {
        String name = id.replace("-", "");
        return SourceVersion.isName(name) && !name.equals("checks") ? name : "lab" + name;
    }

    /** {@code idor-notes} -> {@code Idor notes}. */
    static String title(String id) {
        String words = id.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * Writes the lab into {@code folder}, which must not exist: into a folder beside it first, then renamed, so that
     * nothing is ever overwritten and a failure leaves no half-written lab.
     *
     * @return the files written, relative to {@code folder}
     */
    static List<String> write(String id, String runtime, Path folder) throws IOException {
        String pkg = packageName(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{id}}", id);
        values.put("{{title}}", title(id));
        values.put("{{package}}", pkg);
        values.put("{{package-path}}", pkg.replace('.', '/'));
        values.put("{{schema}}", schemaReference(folder));
        Path labsDir = folder.toAbsolutePath().getParent();
        Files.createDirectories(labsDir);
        // Not createTempDirectory: its owner-only permissions would stay with the lab.
        Path staging = Files.createDirectory(labsDir.resolve("." + id + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)));
        List<String> written = new ArrayList<>();
        try {
            for (String template : templates(runtime)) {
                String path = template.replace("PACKAGE", pkg.replace('.', '/'));
                String text = resource(runtime + "/" + template);
                for (Map.Entry<String, String> value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                Path file = staging.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                written.add(path);
            }
            Files.move(staging, folder);
        } finally {
            if (Files.exists(staging)) {
                try (Stream<Path> paths = Files.walk(staging)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
        return written;
    }

    /**
     * Where the lab.yaml's {@code yaml-language-server} line finds the schema: {@code ../../docs/lab.schema.json} in a
     * labs folder beside docs/ (the bundled labs), else the installation's copy as a file URI.
     */
    static String schemaReference(Path folder) {
        Path beside = folder.toAbsolutePath().normalize().getParent().resolveSibling("docs").resolve("lab.schema.json");
        if (Files.isRegularFile(beside)) {
            return "../../docs/lab.schema.json";
        }
        String docs = System.getProperty("fixpoint.docs");
        if (docs != null && Files.isRegularFile(Path.of(docs, "lab.schema.json"))) {
            return Path.of(docs, "lab.schema.json").toAbsolutePath().normalize().toUri().toString();
        }
        return "../../docs/lab.schema.json";
    }

    private static List<String> templates(String runtime) {
        return resource(runtime + "/files.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = LabScaffold.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("the lab template " + TEMPLATES + name + " is missing from this Fixpoint");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
