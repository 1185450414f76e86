package dev.fixpoint.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a fresh server is started with: the operator's sandbox settings pass on, nothing else of theirs does. */
class FreshServerTests {

    @Test
    void sandboxSettingsPassOnToTheServer() {
        FreshServer.Launch launch = new FreshServer.Launch(List.of(), null, Duration.ofSeconds(1), List.of("--fixpoint.sandbox.isolation=process"));

        assertThat(launch.sandboxSettings()).containsExactly("--fixpoint.sandbox.isolation=process");
    }

    @Test
    void anyOtherSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> new FreshServer.Launch(List.of(), null, Duration.ofSeconds(1), List.of("--server.port=9090")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--server.port=9090");
    }
}
