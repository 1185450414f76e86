package dev.fixpoint.cli;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A pulled project as a learner gets it: copied to a machine whose local Maven repository never saw Fixpoint, built
 * offline with whatever JDK is at hand, its briefing read beside its files.
 */
@Tag("sandbox")
@Tag("process")
class PulledProjectTests {

    private static final String LAB = "sql-injection-search";
    private static final String SPRING_LAB = "spring-bola-repository";
    private static final Pattern FILE_NAME = Pattern.compile("`((?:src|checks)/[^`]+)`");

    @Test
    void aCopiedProjectRunsItsVisibleChecksOfflineWithoutFixpointInTheLocalRepository(@TempDir Path dir) throws Exception {
        Path project = copiedProject(dir);
        try (FreshLocalRepository repository = freshRepository(dir, project)) {
            aLearnerSeesTheAttackFailThenTheFixPass(project, repository.path());
        }
    }

    @Test
    void aSpringBootLabRunsItsChecksAndStartsWithSpringBootRunOfflineFromAnEmptyLocalRepository(@TempDir Path dir) throws Exception {
        Path project = copiedProject(dir, SPRING_LAB);
        // Nothing at all in the local repository: Spring Boot and Maven's plugins come from the project's own.
        Path repository = Files.createDirectories(dir.resolve("empty-m2"));
        // The lab names validation of the optional starters: its pom lists it and leaves the others out, as a project would.
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("<artifactId>spring-boot-starter-validation</artifactId>")
                .doesNotContain("spring-boot-starter-actuator", "spring-boot-starter-thymeleaf");

        MavenRun vulnerable = MavenRun.test(project, repository);
        assertThat(vulnerable.status()).as(vulnerable.output()).isNotZero();
        assertThat(vulnerable.output()).contains("Tests run: 4, Failures: 1", "read-another-employees-report: GET /reports/")
                .doesNotContain("Could not resolve", "[WARNING]");

        for (String file : List.of("ExpenseReportController.java", "ExpenseReportRepository.java")) {
            Files.copy(Path.of(System.getProperty("fixpoint.labs"), SPRING_LAB, "solution/src/expenses", file),
                    project.resolve("src/main/java/expenses").resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        MavenRun fixed = MavenRun.test(project, repository);
        assertThat(fixed.status()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("Tests run: 4, Failures: 0", "BUILD SUCCESS");

        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("spring-boot-run.log");
        Process running = MavenRun.start(project, repository, log, "spring-boot:run", "-Dspring-boot.run.jvmArguments=-Dserver.port=" + port);
        try {
            // The learner tries the service: alice lists her reports, and bob cannot read hers by its id. The server listens
            // before the lab's ApplicationRunner has stored the demo reports, so an empty list first is the start, not the answer.
            java.net.http.HttpResponse<String> reports = awaitAnswer(port, "/reports", "alice:alice-staging", running, log);
            for (int tries = 0; reports.body().equals("[]") && tries < 120; tries++) {
                Thread.sleep(250);
                reports = awaitAnswer(port, "/reports", "alice:alice-staging", running, log);
            }
            assertThat(reports.statusCode()).isEqualTo(200);
            assertThat(reports.body()).contains("\"owner\":\"alice\"").doesNotContain("\"owner\":\"bob\"");
            long id = Long.parseLong(reports.body().replaceFirst("(?s)^.*?\"id\":(\\d+).*$", "$1"));
            assertThat(awaitAnswer(port, "/reports/" + id, "bob:bob-staging", running, log).statusCode()).isEqualTo(404);
        } finally {
            MavenRun.stop(running);
        }
    }

    /** The first answer of the service that spring-boot:run is starting, within two minutes. */
    private static java.net.http.HttpResponse<String> awaitAnswer(int port, String path, String credentials, Process running, Path log) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                if (!running.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("spring-boot:run did not start the service:\n" + Files.readString(log), e);
                }
                Thread.sleep(250);
            }
        }
    }

    private static void aLearnerSeesTheAttackFailThenTheFixPass(Path project, Path repository) throws Exception {
        MavenRun vulnerable = MavenRun.test(project, repository);
        // The starter code is the vulnerable one: the attack's check fails, the two that keep search working pass.
        assertThat(vulnerable.status()).as(vulnerable.output()).isNotZero();
        assertThat(vulnerable.output()).contains("Tests run: 3, Failures: 1", "union-select-reads-api-keys: The search text changed the SQL")
                .doesNotContain("Could not resolve dependencies");

        Files.copy(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution/src/shop/ProductRepository.java"),
                project.resolve("src/main/java/shop/ProductRepository.java"), StandardCopyOption.REPLACE_EXISTING);
        MavenRun fixed = MavenRun.test(project, repository);
        assertThat(fixed.status()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("Tests run: 3, Failures: 0", "BUILD SUCCESS");
    }

    @Test
    void anOlderJavaHomeIsRefusedNamingTheJdkNeededAndHowToPointAtOne(@TempDir Path dir) throws Exception {
        Path older = olderJdk().orElse(null);
        assumeTrue(older != null, "no JDK older than 21 under /usr/lib/jvm to try");
        Path project = copiedProject(dir);

        // An empty local repository: Maven must not even start.
        MavenRun run = MavenRun.test(project, Files.createDirectories(dir.resolve("m2")),
                environment -> environment.put("JAVA_HOME", older.toString()));

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("This lab needs a JDK 21 or newer", "JAVA_HOME is " + older + " (JDK ", "Point JAVA_HOME at",
                        "JAVA_HOME=")
                .as("it stops before Maven starts, not at the compiler").doesNotContain("release version", "BUILD FAILURE");
    }

    @Test
    void withoutJavaHomeAnOlderJavaOnThePathGivesWayToAJdk21OrNewer(@TempDir Path dir) throws Exception {
        Path older = olderJdk().orElse(null);
        assumeTrue(older != null, "no JDK older than 21 under /usr/lib/jvm to try");
        Path project = copiedProject(dir);
        // The JDK running the tests stands for one installed with SDKMAN, one of the places mvnw looks.
        Path home = Files.createDirectories(dir.resolve("home/.sdkman/candidates/java"));
        Path sdkman = Files.createSymbolicLink(home.resolve("current"), Path.of(System.getProperty("java.home")));
        String mavenUserHome = Optional.ofNullable(System.getenv("MAVEN_USER_HOME"))
                .orElse(Path.of(System.getProperty("user.home"), ".m2").toString());

        MavenRun run;
        try (FreshLocalRepository repository = freshRepository(dir, project)) {
            run = MavenRun.test(project, repository.path(), environment -> {
                environment.remove("JAVA_HOME");
                environment.put("PATH", older.resolve("bin") + java.io.File.pathSeparator + environment.get("PATH"));
                environment.put("HOME", dir.resolve("home").toString());
                // Where the Maven wrapper keeps the Maven it downloaded, which a changed HOME would hide.
                environment.put("MAVEN_USER_HOME", mavenUserHome);
            });
        } finally {
            Files.delete(sdkman);
        }

        assertThat(run.output()).contains("the java on your PATH is " + older.resolve("bin/java"), "; using the JDK ", "Tests run: 3, Failures: 1")
                .doesNotContain("release version");
    }

    @Test
    void everyBriefingNamesFilesWhereTheLearnerFindsThem(@TempDir Path dir) throws Exception {
        LabCatalog catalog = Workspace.catalog(new PrintWriter(new StringWriter()));
        for (Lab lab : catalog.labs()) {
            // On the web the lab's files are named as in the lab, and there is no terminal to run anything in.
            for (String name : names(lab.briefing())) {
                assertThat(lab.sources().containsKey(name) || lab.resources().containsKey(name) || lab.starterFiles().containsKey(name)
                        || lab.visibleCheckSources().containsKey(name))
                        .as(lab.id() + "'s briefing names " + name).isTrue();
            }
            assertThat(lab.briefing()).as(lab.id()).doesNotContain("mvnw", "mvn ");

            Path project = dir.resolve(lab.id());
            assertThat(CliTests.fixpoint("lab", "pull", lab.id(), project.toString()).status()).as(lab.id()).isZero();
            String pulled = Files.readString(project.resolve("BRIEFING.md"));
            assertThat(names(pulled)).as(lab.id()).isNotEmpty()
                    .allSatisfy(name -> assertThat(project.resolve(name)).as(lab.id() + "'s pulled briefing names " + name).isRegularFile());
            assertThat(Files.readString(project.resolve("README.md"))).contains("./mvnw test", "JDK 21");
            // Every file of the lab is where a build finds it: configuration and templates on the class path.
            lab.resources().keySet().forEach(resource -> assertThat(PulledProject.projectPath(project, resource))
                    .as(lab.id()).isRegularFile().startsWith(project.resolve("src/main/resources")));
            deleteTree(project);
        }
    }

    /** The files a briefing names: code-quoted paths under src/ or checks/. */
    private static List<String> names(String text) {
        return FILE_NAME.matcher(text).results().map(result -> result.group(1)).toList();
    }

    /** The lab pulled, then copied elsewhere and the original removed, as a learner moves it to another machine. */
    private static Path copiedProject(Path dir) throws Exception {
        return copiedProject(dir, LAB);
    }

    private static Path copiedProject(Path dir, String lab) throws Exception {
        Path pulled = dir.resolve("pulled");
        assertThat(CliTests.fixpoint("lab", "pull", lab, pulled.toString()).status()).isZero();
        Path copy = dir.resolve("elsewhere/lab");
        CliTests.copyTree(pulled, copy);
        copy.resolve("mvnw").toFile().setExecutable(true);
        deleteTree(pulled);
        return copy;
    }

    private static FreshLocalRepository freshRepository(Path dir, Path project) throws IOException {
        return FreshLocalRepository.create(Path.of(System.getProperty("maven.repo.local")), dir.resolve("m2"),
                project.resolve(ShippedRepository.PATH));
    }

    /** A JDK older than 21 installed the Debian way, if there is one: Debian 12's default java is 17. */
    private static Optional<Path> olderJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/javac")) && Files.isRegularFile(home.resolve("release")))
                    .filter(home -> feature(home) > 0 && feature(home) < 21).sorted().findFirst();
        }
    }

    private static int feature(Path home) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aLabOfARuntimeThisFixpointLacksIsRefusedRatherThanWrittenHalfWay(@TempDir Path labs) throws IOException {
        LabScaffold.write("helm-orders", "spring-boot", labs.resolve("helm-orders"));
        Path manifest = labs.resolve("helm-orders/lab.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("runtime: spring-boot", "runtime: helm"));
        Lab lab = LabCatalog.load(labs).find("helm-orders").orElseThrow();
        Path project = labs.resolve("project");

        assertThatThrownBy(() -> PulledProject.write(lab, project, dev.fixpoint.grading.Installation.detect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lab helm-orders needs the helm runtime, which this Fixpoint lacks");
        assertThat(project).doesNotExist();
    }
}
