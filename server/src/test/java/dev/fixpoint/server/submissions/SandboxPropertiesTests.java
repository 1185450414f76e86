package dev.fixpoint.server.submissions;

import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The grader's sandbox settings made from the bound fixpoint.sandbox.* settings, and from nothing else. */
class SandboxPropertiesTests {

    @Test
    void theOperatorsChoicesReachTheGradersSettings() {
        SandboxSettings settings = new SandboxProperties(IsolationSetting.PROCESS, 3, "/var/cache/fixpoint-aot").settings();

        assertThat(settings.isolation()).isEqualTo(IsolationSetting.PROCESS);
        assertThat(settings.poolSize()).isEqualTo(3);
        assertThat(settings.aotCache()).isEqualTo(Path.of("/var/cache/fixpoint-aot"));
    }

    @Test
    void offStartsWorkersWithoutAnAotCacheAndNothingMeansTheUsersCacheFolder() {
        assertThat(new SandboxProperties(IsolationSetting.REQUIRED, 1, "off").settings().aotCache()).isNull();
        assertThat(new SandboxProperties(IsolationSetting.REQUIRED, 1, "OFF").settings().aotCache()).isNull();
        assertThat(new SandboxProperties(IsolationSetting.REQUIRED, 1, null).settings().aotCache())
                .isNotNull().endsWith(Path.of("fixpoint", "aot"));
    }
}
