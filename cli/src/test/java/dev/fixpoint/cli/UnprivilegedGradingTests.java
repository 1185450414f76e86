package dev.fixpoint.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A laptop install: `fixpoint grade` run by an unprivileged user (uid 65534, through setpriv when the test runs as root),
 * where no cgroup can be made. Grading is fully isolated all the same, with memory bounded by the workers' address
 * space, the verdicts are right, and a memory bomb ends CRASHED without touching the host.
 */
@Tag("sandbox")
@Tag("process")
class UnprivilegedGradingTests {

    private static final String LAB = "sql-injection-search";
    private static final String REPOSITORY = "src/main/java/shop/ProductRepository.java";
    /** Outside the checkout, which may sit in a home folder uid 65534 cannot enter; removed afterwards. */
    private static Path WORK;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String classPath;
    private static Path project;

    @BeforeAll
    static void copyWhatTheUserMayRead() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can run the CLI as uid 65534");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")) && Files.isExecutable(Path.of("/usr/bin/bwrap")), "setpriv and bwrap");
        WORK = Files.createTempDirectory("fixpoint-unprivileged-");
        Files.setPosixFilePermissions(WORK, PosixFilePermissions.fromString("rwxr-xr-x"));
        // The class path lives partly in root's Maven repository, the runtime and labs in the checkout: copies of them
        // are readable by uid 65534 wherever those are.
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = WORK.resolve("cp").resolve(i++ + (Files.isDirectory(source) ? "" : ".jar"));
            copyTree(source, copy);
            entries.add(copy.toString());
        }
        classPath = String.join(java.io.File.pathSeparator, entries);
        copyTree(Path.of(System.getProperty("fixpoint.runtime.java")), WORK.resolve("runtime"));
        copyTree(Path.of(System.getProperty("fixpoint.labs"), LAB), WORK.resolve("labs").resolve(LAB));
        Files.createDirectories(WORK.resolve("home"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(WORK.resolve("home"), PosixFilePermissions.fromString("rwxrwxrwx"));
        project = WORK.resolve("project");
        assertThat(CliTests.fixpoint("lab", "pull", LAB, project.toString()).status()).isZero();
    }

    @AfterAll
    static void removeTheCopies() throws IOException {
        if (WORK != null) {
            delete(WORK);
        }
    }

    private static JsonNode gradeAsNobody() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "-Dfixpoint.runtime.java=" + WORK.resolve("runtime"), "-Dfixpoint.labs=" + WORK.resolve("labs"),
                FixpointCli.class.getName(), "grade", LAB, project.toString(), "--json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(WORK.resolve("stderr.txt").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().put("HOME", WORK.resolve("home").toString());
        builder.environment().put("FIXPOINT_SANDBOX_AOT_CACHE", "off");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(Files.readString(WORK.resolve("stderr.txt"))).startsWith("{");
        return JSON.readTree(output);
    }

    @Test
    void anUnprivilegedUserGradesWithFullIsolationAndMemoryBoundedWithoutACgroup() throws Exception {
        Path repository = project.resolve(REPOSITORY);
        String starter = Files.readString(repository);

        JsonNode vulnerable = gradeAsNobody();
        assertThat(vulnerable.get("isolation").get("level").asString()).isEqualTo("FULL");
        assertThat(vulnerable.get("isolation").get("description").asString()).contains("address space", "no cgroup can be made here");
        assertThat(vulnerable.get("verdict").asString()).isEqualTo("VULNERABLE");

        Files.copy(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution/src/shop/ProductRepository.java"), repository,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(gradeAsNobody().get("verdict").asString()).isEqualTo("SECURE");

        Files.writeString(repository, starter.replace("public List<Product> search(String query) throws SQLException {", """
                private static final List<byte[]> HOG = new ArrayList<>();

                    public List<Product> search(String query) throws SQLException {
                        for (int i = 0; i < 4096; i++) { HOG.add(new byte[1 << 20]); }
                """));
        JsonNode bomb = gradeAsNobody();
        assertThat(bomb.get("verdict").asString()).as(bomb.get("summary").asString()).isEqualTo("CRASHED");
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (!Files.isDirectory(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
