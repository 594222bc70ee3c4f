package org.oneplan.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Runs Axon units of work in Narayana JTA transactions, so that the event store, the token store and the
 * relay's own tables, all on the Agroal datasource, commit or roll back together.
 */
public final class JtaTransactionManager implements TransactionManager {

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
            // The transaction belongs to an outer caller, which commits it.
        }

        @Override
        public void rollback() {
            // Marked by the outer caller's failure handling.
        }
    };

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return JOINED;
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                            jta.rollback();
                        } else {
                            jta.commit();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                            jta.rollback();
                        }
                    } catch (SystemException e) {
                        throw new IllegalStateException("rollback failed", e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("could not start a transaction", e);
        }
    }
}
