package dev.fixpoint.server;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.Set;

/**
 * Makes the connection pool throw away a connection whose database went away. The pool recognises a lost connection
 * by its SQL state (class 08, as PostgreSQL's driver reports it); H2's client reports a lost server with codes of its
 * own, so its broken connections were handed out again and again and the server stayed at "try again" long after the
 * database was back.
 */
@Component
class DatabaseConnectionLoss implements BeanPostProcessor {

    /** H2's "connection is broken", "database is already closed" (at its shutdown) and "database is closed". */
    private static final Set<Integer> H2_CONNECTION_LOST = Set.of(90067, 90121, 90098);

    static final SQLExceptionOverride EVICT_LOST_CONNECTIONS = new SQLExceptionOverride() {
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && H2_CONNECTION_LOST.contains(sql.getErrorCode())) {
                    return SQLExceptionOverride.Override.MUST_EVICT;
                }
            }
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    };

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getExceptionOverride() == null && hikari.getExceptionOverrideClassName() == null) {
            hikari.setExceptionOverride(EVICT_LOST_CONNECTIONS);
        }
        return bean;
    }
}
