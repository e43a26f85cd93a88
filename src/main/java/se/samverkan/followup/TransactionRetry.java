package se.samverkan.followup;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction of its own and, when the database ends it for a deadlock or a lock-wait timeout, runs
 * the whole transaction again (a few times, with a short growing pause). The work must be safe to repeat, as each
 * step of the reminder pipeline is.
 */
@Component
class TransactionRetry {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate transaction;

    TransactionRetry(TransactionTemplate transaction) {
        this.transaction = transaction;
    }

    <T> T run(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Transaction met a deadlock or lock timeout (attempt {}), running it again: {}", attempt,
                        e.getMostSpecificCause().getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
