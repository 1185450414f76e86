package dev.fixpoint.server.accounts;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.CliConfig;
import dev.fixpoint.server.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The IDE workflow counts on the server: `fixpoint login` stores a token, `fixpoint submit` grades and records. */
@ServerTest
@Tag("process")
class CliLoginAndSubmitTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;

    @RegisterExtension
    final CliConfig cliConfig = new CliConfig();

    @Test
    void aLearnerLogsInWithATokenAndSubmitsFromTheirIde(@TempDir Path home) throws Exception {
        Account learner = accounts.create("ide-user", "a long enough password", Role.LEARNER);
        String token = tokens.create(learner, "IDE", null).secret();
        String server = "http://localhost:" + port;

        assertThat(CliRun.fixpoint("fp_wrong\n", "login", server, "--token-stdin").status()).isEqualTo(2);
        CliRun login = CliRun.fixpoint(token + "\n", "login", server, "--token-stdin");
        assertThat(login.status()).as(login.err()).isZero();
        assertThat(login.out()).contains("as ide-user");
        Path credentials = cliConfig.dir().resolve("credentials.properties");
        assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Path project = home.resolve("lab");
        assertThat(CliRun.fixpoint("", "lab", "pull", "sql-injection-search", project.toString()).status()).isZero();
        CliRun vulnerable = CliRun.fixpoint("", "submit", "sql-injection-search", project.toString());
        assertThat(vulnerable.status()).as(vulnerable.err()).isEqualTo(1);
        assertThat(vulnerable.out()).as("the same report as 'fixpoint grade' prints, from the server's")
                .contains("sql-injection-search: VULNERABLE", "GOT THROUGH", "Hidden checks: 6 of", "Isolation: full");

        Files.copy(Path.of(System.getProperty("fixpoint.labs"), "sql-injection-search/solution/src/shop/ProductRepository.java"),
                project.resolve("src/main/java/shop/ProductRepository.java"), StandardCopyOption.REPLACE_EXISTING);
        CliRun secure = CliRun.fixpoint("", "submit", "sql-injection-search", project.toString());
        assertThat(secure.status()).as(secure.out() + secure.err()).isZero();
        assertThat(secure.out()).contains("sql-injection-search: SECURE");
    }
}
