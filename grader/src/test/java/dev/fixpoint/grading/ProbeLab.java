package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab written for sandbox tests: its one service runs the submitted {@code Probe.run()} on every request
 * to /probe and answers with what it returned. Its policy allows threads, reflection and network access, so
 * that tests reach the sandbox itself rather than stopping at the bytecode policy.
 */
final class ProbeLab {

    static final String PROBE = "src/probe/Probe.java";

    private ProbeLab() {
    }

    /**
     * Writes the lab under {@code root} and loads it.
     *
     * @param forbidden text the service must never return (a secret planted on the host)
     */
    static Lab write(Path root, String forbidden) throws IOException {
        return write(root, forbidden, List.of());
    }

    /**
     * Writes the lab with libraries of the runtime on its class path and loads it.
     *
     * @param libraries what the lab names under {@code libraries:}, such as {@code h2}
     */
    static Lab write(Path root, String forbidden, List<String> libraries) throws IOException {
        Path dir = root.resolve("probe");
        // A probe using a library loads it (H2 and, for its Java functions, javac) within its first request, which
        // takes seconds on a slow machine: such a lab allows more than the bare probe's tight limits.
        boolean withLibraries = !libraries.isEmpty();
        writeManifest(dir, forbidden, "java", withLibraries ? "libraries: [" + String.join(", ", libraries) + "]" : "",
                "probe.ProbeService", withLibraries ? 30 : 6, withLibraries ? 10_000 : 1500);
        writeFile(dir.resolve("src/probe/ProbeService.java"), """
                package probe;

                import com.sun.net.httpserver.HttpHandler;
                import dev.fixpoint.lab.LabService;
                import dev.fixpoint.lab.ServiceContext;

                public class ProbeService implements LabService {
                    @Override
                    public HttpHandler start(ServiceContext context) {
                        return exchange -> {
                            String body;
                            try {
                                body = exchange.getRequestURI().getPath().equals("/probe") ? new Probe().run() : "ok";
                            } catch (Throwable t) {
                                body = "probe failed: " + t;
                            }
                            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            exchange.sendResponseHeaders(200, bytes.length);
                            exchange.getResponseBody().write(bytes);
                            exchange.close();
                        };
                    }
                }
                """);
        return writeRest(root, dir);
    }

    /**
     * The same lab on the spring-boot runtime: a Spring Boot application whose controller runs the probe, so that the
     * attacks run inside a worker of that runtime, with Spring's libraries on the class path and its threads about.
     */
    static Lab writeSpringBoot(Path root, String forbidden) throws IOException {
        Path dir = root.resolve("probe");
        writeManifest(dir, forbidden, "spring-boot", "", "probe.ProbeApplication", 30, 5000);
        writeFile(dir.resolve("src/probe/ProbeApplication.java"), """
                package probe;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                import org.springframework.context.annotation.Bean;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.web.SecurityFilterChain;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;

                @SpringBootApplication
                @RestController
                public class ProbeApplication {

                    public static void main(String[] args) {
                        SpringApplication.run(ProbeApplication.class, args);
                    }

                    @Bean
                    SecurityFilterChain open(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).csrf(csrf -> csrf.disable()).build();
                    }

                    @GetMapping("/probe")
                    public String probe() {
                        try {
                            return new Probe().run();
                        } catch (Throwable t) {
                            return "probe failed: " + t;
                        }
                    }

                    @GetMapping("/health")
                    public String health() {
                        return "ok";
                    }
                }
                """);
        return writeRest(root, dir);
    }

    private static void writeManifest(Path dir, String forbidden, String runtime, String libraries, String serviceClass,
                                      int wallSeconds, int requestMillis) throws IOException {
        writeFile(dir.resolve("lab.yaml"), """
                schema: 1
                id: probe
                title: Sandbox probe
                summary: Runs the submitted probe on every request.
                runtime: %s
                %s
                tracks: [backend]
                difficulty: 1
                cwe: [693]
                owasp: {}
                minutes: 1
                services:
                  - {name: probe, class: %s, exposure: public}
                editable: [src/probe/Probe.java]
                hints: [none]
                policy: {allow: [threads, reflection, network]}
                limits: {wall-seconds: %d, request-millis: %d}
                checks:
                  - {name: leaks-nothing, class: checks.LeaksNothing, kind: exploit, visibility: visible, explanation: leaked, params: {forbidden: "%s"}}
                  - {name: leaks-nothing-again, class: checks.LeaksNothing, kind: exploit, visibility: hidden, explanation: leaked, clue: the same probe again, params: {forbidden: "%s"}}
                  - {name: answers, class: checks.Answers, kind: functional, visibility: visible}
                """.formatted(runtime, libraries, serviceClass, wallSeconds, requestMillis, forbidden, forbidden));
    }

    private static Lab writeRest(Path root, Path dir) throws IOException {
        writeFile(dir.resolve("briefing.md"), "Probe.");
        writeFile(dir.resolve("writeup.md"), "Probe.");
        writeFile(dir.resolve(PROBE), benign());
        writeFile(dir.resolve("solution").resolve(PROBE), benign());
        writeFile(dir.resolve("checks/checks/LeaksNothing.java"), """
                package checks;

                import dev.fixpoint.lab.*;

                public class LeaksNothing implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        Response response = context.send("probe", Request.get("/probe"));
                        return CheckResult.passIf(!response.body().contains(context.param("forbidden")), "nothing leaked", "leaked: " + response.body());
                    }
                }
                """);
        writeFile(dir.resolve("checks/checks/Answers.java"), """
                package checks;

                import dev.fixpoint.lab.*;

                public class Answers implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        Response response = context.send("probe", Request.get("/health"));
                        return CheckResult.passIf(response.body().equals("ok"), "answers", "no answer");
                    }
                }
                """);
        LabCatalog catalog = LabCatalog.load(root);
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(String.join("\n", catalog.problems()));
        }
        return catalog.find("probe").orElseThrow();
    }

    static String benign() {
        return probe("return \"nothing to see\";");
    }

    /** A Probe class whose run() has the given body. */
    static String probe(String body) {
        return """
                package probe;

                import java.nio.file.*;
                import java.util.*;

                public class Probe {
                    public String run() throws Exception {
                        %s
                    }
                }
                """.formatted(body);
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
