package org.oneplan.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that a PostgreSQL unique violation (SQLSTATE 23505) on the event table is a concurrent
 * append: a second aggregate with the same id, or a lost race on a sequence number. Axon then raises a
 * concurrency exception, which the REST layer answers as 409.
 */
final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
