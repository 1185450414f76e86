package dev.fixpoint.server;

import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.server.accounts.TokensProperties;
import dev.fixpoint.server.assignments.DueDateProperties;
import dev.fixpoint.server.findings.FindingsProperties;
import dev.fixpoint.server.labs.LabsProperties;
import dev.fixpoint.server.network.NetworkProperties;
import dev.fixpoint.server.submissions.GradingProperties;
import dev.fixpoint.server.submissions.SandboxProperties;
import dev.fixpoint.server.webhooks.WebhookProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fixpoint.* settings as the server binds them: from the command line, from environment variables as an operator
 * names them, in Spring's order of precedence, with their defaults, and refused at start, naming the property and
 * what is wrong, when a value is bad. Only the settings are started here, from the server's application.properties,
 * with an environment of the test's making (not the one the build runs in).
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsTests {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = FixpointServer.class)
    static class SettingsOnly {
    }

    private static ConfigurableApplicationContext start(Map<String, Object> environmentVariables, String... commandLine) {
        StandardEnvironment environment = new StandardEnvironment();
        // Neither the build's environment nor its system properties (Surefire sets fixpoint.labs) may change what is bound.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of()));
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE).environment(environment)
                .logStartupInfo(false).run(commandLine);
    }

    @Test
    void everySettingHasItsDocumentedDefaultWhenNothingIsSet() {
        try (ConfigurableApplicationContext context = start(Map.of())) {
            SandboxProperties sandbox = context.getBean(SandboxProperties.class);
            assertThat(sandbox.isolation()).isEqualTo(IsolationSetting.REQUIRED);
            assertThat(sandbox.poolSize()).isEqualTo(1);
            assertThat(sandbox.aotCache()).isNull();
            assertThat(context.getBean(GradingProperties.class)).isEqualTo(new GradingProperties(2, Duration.ofSeconds(10), true));
            assertThat(context.getBean(LabsProperties.class).labs()).isEqualTo(Path.of("labs"));
            assertThat(context.getBean(NetworkProperties.class).trustedProxies()).isEmpty();
            assertThat(context.getBean(TokensProperties.class)).isEqualTo(new TokensProperties(Duration.ofDays(90), Duration.ofDays(365)));
            assertThat(context.getBean(DueDateProperties.class).medium()).isEqualTo(Duration.ofDays(30));
            assertThat(context.getBean(FindingsProperties.class).maxRequestSize()).isEqualTo(DataSize.ofMegabytes(20));
            assertThat(context.getBean(WebhookProperties.class).allowInternalDestinations()).isFalse();
        }
    }

    @Test
    void theCommandLineSetsThem() {
        try (ConfigurableApplicationContext context = start(Map.of(), "--fixpoint.sandbox.isolation=process",
                "--fixpoint.sandbox.pool-size=3", "--fixpoint.sandbox.aot-cache=off", "--fixpoint.trusted-proxies=10.0.0.0/24, fd00::/8",
                "--fixpoint.assignments.due.high=3d", "--fixpoint.webhooks.max-attempts=2")) {
            assertThat(context.getBean(SandboxProperties.class)).isEqualTo(new SandboxProperties(IsolationSetting.PROCESS, 3, "off"));
            assertThat(context.getBean(NetworkProperties.class).trustedProxies()).extracting(Object::toString)
                    .containsExactly("10.0.0.0/24", "fd00::/8");
            assertThat(context.getBean(DueDateProperties.class).high()).isEqualTo(Duration.ofDays(3));
            assertThat(context.getBean(WebhookProperties.class).maxAttempts()).isEqualTo(2);
        }
    }

    @Test
    void environmentVariablesAsTheReadmeNamesThemSetThem() {
        Map<String, Object> variables = Map.of("FIXPOINT_SANDBOX_ISOLATION", "reduced", "FIXPOINT_SANDBOX_POOL_SIZE", "4",
                "FIXPOINT_SANDBOX_AOT_CACHE", "/var/cache/fixpoint-aot", "FIXPOINT_LABS", "/srv/labs",
                "FIXPOINT_TRUSTED_PROXIES", "127.0.0.1,::1", "FIXPOINT_GRADING_SWEEP_INTERVAL", "2s",
                "FIXPOINT_WEBHOOKS_ALLOW_INTERNAL", "true", "FIXPOINT_FINDINGS_MAX_REQUEST_SIZE", "4MB");
        try (ConfigurableApplicationContext context = start(variables)) {
            assertThat(context.getBean(SandboxProperties.class))
                    .isEqualTo(new SandboxProperties(IsolationSetting.REDUCED, 4, "/var/cache/fixpoint-aot"));
            assertThat(context.getBean(LabsProperties.class).labs()).isEqualTo(Path.of("/srv/labs"));
            assertThat(context.getBean(NetworkProperties.class).trustedProxies()).extracting(Object::toString)
                    .containsExactly("127.0.0.1", "::1");
            assertThat(context.getBean(GradingProperties.class).sweepInterval()).isEqualTo(Duration.ofSeconds(2));
            assertThat(context.getBean(WebhookProperties.class).allowInternalDestinations()).isTrue();
            assertThat(context.getBean(FindingsProperties.class).maxRequestSize()).isEqualTo(DataSize.ofMegabytes(4));
        }
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        try (ConfigurableApplicationContext context = start(Map.of("FIXPOINT_SANDBOX_ISOLATION", "reduced",
                "FIXPOINT_WEBHOOKS_ALLOW_INTERNAL", "true"), "--fixpoint.sandbox.isolation=process",
                "--fixpoint.webhooks.allow-internal-destinations=false")) {
            assertThat(context.getBean(SandboxProperties.class).isolation()).isEqualTo(IsolationSetting.PROCESS);
            assertThat(context.getBean(WebhookProperties.class).allowInternalDestinations()).isFalse();
        }
    }

    @Test
    void aPoolOfNoWorkersStopsTheStartNamingTheProperty(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.sandbox.pool-size=0"))
                .contains("\"fixpoint.sandbox.pool-size\" from property source \"commandLineArgs\"", "must be greater than or equal to 1");
    }

    @Test
    void anUnknownIsolationLevelStopsTheStartNamingTheLevels(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.sandbox.isolation=none"))
                .contains("Property: fixpoint.sandbox.isolation", "Value: \"none\"", "PROCESS", "REDUCED", "REQUIRED");
    }

    @Test
    void anUnknownIsolationLevelInTheEnvironmentNamesTheVariable(CapturedOutput output) {
        assertThat(refusal(output, Map.of("FIXPOINT_SANDBOX_ISOLATION", "strict")))
                .contains("Value: \"strict\"", "FIXPOINT_SANDBOX_ISOLATION", "PROCESS", "REDUCED", "REQUIRED");
    }

    @Test
    void aTrustedProxyGivenAsAHostNameStopsTheStart(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.trusted-proxies=10.0.0.1, proxy.example.com"))
                .contains("Property: fixpoint.trusted-proxies", "'proxy.example.com' is not an IP address", "host names are not accepted");
    }

    @Test
    void aNegativeDurationStopsTheStart(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.webhooks.timeout=-5s"))
                .contains("Property: fixpoint.webhooks.timeout", "must be longer than or equal to 1 milli");
    }

    @Test
    void tooManyGradingThreadsStopTheStart(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.grading.concurrency=65"))
                .contains("Property: fixpoint.grading.concurrency", "must be less than or equal to 64");
    }

    @Test
    void anEmptyUploadLimitStopsTheStart(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.findings.max-request-size=0MB"))
                .contains("\"fixpoint.findings.max-request-size\" from property source", "must be more than 0 bytes");
    }

    @Test
    void aDefaultTokenLifetimeLongerThanTheLongestStopsTheStart(CapturedOutput output) {
        assertThat(refusal(output, "--fixpoint.tokens.default-lifetime=400d"))
                .contains("fixpoint.tokens.default-lifetime (400d) must not be longer than fixpoint.tokens.max-lifetime (365d)");
    }

    /** What Spring Boot tells the operator when the settings stop the start: its failure analysis, as logged. */
    private static String refusal(CapturedOutput output, String... commandLine) {
        return refusal(output, Map.of(), commandLine);
    }

    private static String refusal(CapturedOutput output, Map<String, Object> environmentVariables, String... commandLine) {
        assertThatThrownBy(() -> start(environmentVariables, commandLine).close()).as("the start with %s", List.of(commandLine))
                .isInstanceOf(RuntimeException.class);
        String all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START");
        return all.substring(all.indexOf("APPLICATION FAILED TO START"));
    }
}
