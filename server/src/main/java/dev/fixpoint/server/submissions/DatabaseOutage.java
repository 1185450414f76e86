package dev.fixpoint.server.submissions;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the operator that the database is unavailable: one log line for each kind of failure while it lasts and
 * one when it is back, instead of a stack trace for every request or grading that fails meanwhile.
 */
@Component
class DatabaseOutage {

    private static final System.Logger LOG = System.getLogger(DatabaseOutage.class.getName());

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** Whether the database could not be reached at all, as opposed to refusing a statement (a bug, not an outage). */
    static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Notes a failure that the database's absence explains; the first of each kind during an outage is logged.
     *
     * @param consequence what it means, for the operator ("learners' saves are refused")
     */
    void failed(String consequence, Throwable failure) {
        since.compareAndSet(null, Instant.now());
        if (reported.add(consequence)) {
            LOG.log(System.Logger.Level.WARNING, "The database is unavailable (" + reason(failure) + "): " + consequence
                    + ". Further failures of this kind are not logged until it is back.");
        }
    }

    /** Notes that the database answered, which ends the outage if there was one. */
    void answered() {
        Instant start = since.getAndSet(null);
        if (start != null) {
            reported.clear();
            LOG.log(System.Logger.Level.INFO, "The database is available again, after about "
                    + Duration.between(start, Instant.now()).toSeconds() + " s.");
        }
    }

    /** The database driver's own message, which names what could not be reached, rather than the wrappers around it. */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        Throwable driver = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            innermost = cause;
            if (cause instanceof SQLException) {
                driver = cause;
            }
        }
        Throwable reason = driver == null ? innermost : driver;
        return reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage().strip();
    }
}
