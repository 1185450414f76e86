package dev.fixpoint.server.load;

import dev.fixpoint.server.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fixpoint bench --cold}: fresh servers, started as {@code ./fixpoint serve} starts them, each set up, signed in
 * and given the reference solution over HTTP. (Here, in the server module, because the bench starts the server, which is
 * built after the CLI.)
 */
@Tag("sandbox")
@Tag("process")
class ColdStartBenchTests {

    private static final String CLASS_PATH = "fixpoint.server.class-path";

    @BeforeEach
    void serverAsThisBuildHasIt() {
        System.setProperty(CLASS_PATH, System.getProperty("java.class.path"));
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty(CLASS_PATH);
    }

    @Test
    void theColdFigureIsTheFirstGradingOfAFreshServerWithAndWithoutTrainedCaches() {
        CliRun run = CliRun.fixpoint("", "bench", "platform-fixture", "--runs", "1", "--warmup", "0", "--concurrency", "0", "--naive", "0",
                "--starts", "0", "--lockdown-cost", "0", "--cold", "1", "--cold-delay", "0", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode cold = JsonMapper.builder().build().readTree(run.out()).get(0).get("cold").get(0);
        assertThat(cold.get("delayMs").asLong()).isZero();
        // Each way a server of its own graded the reference solution SECURE (the bench fails otherwise), after starting.
        assertThat(cold.get("firstGradingMsP50NoCache").asLong()).isPositive();
        assertThat(cold.get("firstGradingMsP50Cached").asLong()).isPositive();
        assertThat(cold.get("serverStartMsP50").asLong()).isPositive();
        assertThat(cold.get("compileMsP50").asLong()).isNotNegative();
    }

    @Test
    void withoutTheServerTheColdFigureSaysHowToGetIt() {
        System.clearProperty(CLASS_PATH);

        CliRun run = CliRun.fixpoint("", "bench", "platform-fixture", "--runs", "1", "--warmup", "0", "--concurrency", "0", "--naive", "0",
                "--starts", "0", "--lockdown-cost", "0", "--cold", "1", "--cold-delay", "0");

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("./fixpoint");
    }
}
