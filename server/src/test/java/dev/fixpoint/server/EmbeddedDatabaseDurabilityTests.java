package dev.fixpoint.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Commits to the embedded H2 file database are written before they return; other databases are left alone. */
class EmbeddedDatabaseDurabilityTests {

    @Test
    void anH2FileDatabaseWritesEveryCommitAtOnce() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:./data/fixpoint")).isEqualTo("jdbc:h2:file:./data/fixpoint;WRITE_DELAY=0");
    }

    @Test
    void anOperatorsOwnWriteDelayAndOtherDatabasesAreKept() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/srv/fp;write_delay=100")).isEqualTo("jdbc:h2:file:/srv/fp;write_delay=100");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:postgresql://127.0.0.1/fixpoint")).isEqualTo("jdbc:postgresql://127.0.0.1/fixpoint");
    }
}
