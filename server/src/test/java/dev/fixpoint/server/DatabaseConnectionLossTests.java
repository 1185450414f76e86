package dev.fixpoint.server;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool throws away connections whose H2 server went away, and judges every other error as it always does. */
class DatabaseConnectionLossTests {

    @Test
    void h2sLostConnectionsAreEvictedWhereverTheyAreInTheCauses() {
        assertThat(DatabaseConnectionLoss.EVICT_LOST_CONNECTIONS.adjudicate(new SQLException("Connection is broken", "90067", 90067)))
                .isEqualTo(Override.MUST_EVICT);
        assertThat(DatabaseConnectionLoss.EVICT_LOST_CONNECTIONS.adjudicate(
                new SQLException("wrapped", new SQLException("Database is already closed", "90121", 90121)))).isEqualTo(Override.MUST_EVICT);
    }

    @Test
    void otherErrorsAreLeftToThePool() {
        assertThat(DatabaseConnectionLoss.EVICT_LOST_CONNECTIONS.adjudicate(new SQLException("Unique index violated", "23505", 23505)))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(DatabaseConnectionLoss.EVICT_LOST_CONNECTIONS.adjudicate(new SQLException("connection refused", "08001")))
                .isEqualTo(Override.CONTINUE_EVICT);
    }
}
