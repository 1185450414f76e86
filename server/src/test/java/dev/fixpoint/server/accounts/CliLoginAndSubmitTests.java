package dev.fixpoint.server.accounts;

import dev.fixpoint.cli.FixpointCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The IDE workflow counts on the server: `fixpoint login` stores a token, `fixpoint submit` grades and records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
class CliLoginAndSubmitTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;

    private record Run(int status, String out, String err) {
    }

    private static Run fixpoint(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = FixpointCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(status, out.toString(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }

    @Test
    void aLearnerLogsInWithATokenAndSubmitsFromTheirIde(@TempDir Path home) throws Exception {
        System.setProperty("fixpoint.config", home.resolve("config").toString());
        try {
            Account learner = accounts.create("ide-user", "a long enough password", Role.LEARNER);
            String token = tokens.create(learner, "IDE");
            String server = "http://localhost:" + port;

            assertThat(fixpoint("fp_wrong\n", "login", server, "--token-stdin").status()).isEqualTo(2);
            Run login = fixpoint(token + "\n", "login", server, "--token-stdin");
            assertThat(login.status()).as(login.err()).isZero();
            assertThat(login.out()).contains("as ide-user");
            Path credentials = home.resolve("config/credentials.properties");
            assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            Path project = home.resolve("lab");
            assertThat(fixpoint("", "lab", "pull", "sql-injection-search", project.toString()).status()).isZero();
            Run vulnerable = fixpoint("", "submit", "sql-injection-search", project.toString());
            assertThat(vulnerable.status()).as(vulnerable.err()).isEqualTo(1);
            assertThat(vulnerable.out()).contains("sql-injection-search: VULNERABLE", "Hidden checks failed: 4");

            Files.copy(Path.of(System.getProperty("fixpoint.labs"), "sql-injection-search/solution/src/shop/ProductRepository.java"),
                    project.resolve("src/main/java/shop/ProductRepository.java"), StandardCopyOption.REPLACE_EXISTING);
            Run secure = fixpoint("", "submit", "sql-injection-search", project.toString());
            assertThat(secure.status()).as(secure.out() + secure.err()).isZero();
            assertThat(secure.out()).contains("sql-injection-search: SECURE");
        } finally {
            System.clearProperty("fixpoint.config");
        }
    }
}
