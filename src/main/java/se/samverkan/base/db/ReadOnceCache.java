package se.samverkan.base.db;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per read-only transaction: the signed-in user's permission scope is asked for by every feature a
 * page or a dashboard load touches, and within one read-only transaction (one consistent snapshot, nothing written)
 * it cannot change. In a writing transaction, or outside any, every call reads afresh, so a change made in the same
 * transaction is always seen. Should a writing method join a read-only transaction after all (Spring lets it), every
 * statement that is not a read forgets the values read so far ({@link #forget}, called by a jOOQ listener).
 */
public final class ReadOnceCache {

    private ReadOnceCache() {
    }

    /**
     * The value for the key, computed at most once in the current read-only transaction.
     *
     * @param key     identifies the value completely (include the user or organisation it depends on)
     * @param compute reads the value; its result must not be changed by the callers (return an immutable value)
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.get();
        }
        Map<Object, Object> values = (Map<Object, Object>) TransactionSynchronizationManager
                .getResource(ReadOnceCache.class);
        if (values == null) {
            Map<Object, Object> own = new HashMap<>();
            TransactionSynchronizationManager.bindResource(ReadOnceCache.class, own);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // a transaction started inside this one (REQUIRES_NEW) reads for itself, and this one gets its own
                // values back after it
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnceCache.class);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(ReadOnceCache.class, own);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnceCache.class);
                }
            });
            values = own;
        }
        Object value = values.get(key);
        if (value == null) {
            value = compute.get();
            values.put(key, value);
        }
        return (T) value;
    }

    /**
     * Drops the values read in the current transaction, if any: something is being written. Called for every jOOQ
     * statement that jOOQ does not classify as a read; a write sent as a plain-SQL result query (e.g.
     * {@code dsl.fetch("DELETE … RETURNING …")}) counts as a read there, so write through the DSL or {@code execute}.
     */
    static void forget() {
        Object values = TransactionSynchronizationManager.getResource(ReadOnceCache.class);
        if (values instanceof Map<?, ?> map) {
            map.clear();
        }
    }
}
