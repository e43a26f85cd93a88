package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ORGANISATION;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.IntegrationTest;

/** The application's own transactions on MariaDB: a value is read once per read-only transaction, and only there. */
@IntegrationTest
class ReadOnceCacheTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext dsl;

    private final AtomicInteger reads = new AtomicInteger();

    private final Supplier<Integer> read = reads::incrementAndGet;

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    @Test
    void aReadOnlyTransactionReadsEachKeyOnceAndTheNextTransactionReadsAgain() {
        readOnly().executeWithoutResult(status -> {
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            assertThat(ReadOnceCache.get("other", read)).isEqualTo(2);
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
        });
        assertThat(TransactionSynchronizationManager.getResource(ReadOnceCache.class)).isNull();
        readOnly().executeWithoutResult(status -> assertThat(ReadOnceCache.get("scope", read)).isEqualTo(3));
        assertThat(reads).hasValue(3);
    }

    @Test
    void aWritingTransactionAndNoTransactionReadEveryTime() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2);
            // a read-only method called inside the writing transaction joins it: it sees what was just written
            readOnly().executeWithoutResult(inner -> assertThat(ReadOnceCache.get("scope", read)).isEqualTo(3));
        });
        assertThat(ReadOnceCache.get("scope", read)).isEqualTo(4);
        assertThat(ReadOnceCache.get("scope", read)).isEqualTo(5);
    }

    @Test
    void aNewWritingTransactionInsideAReadOnlyOneReadsForItself() {
        readOnly().executeWithoutResult(status -> {
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            TransactionTemplate own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(inner -> assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2));
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
        });
    }

    @Test
    void aNewReadOnlyTransactionInsideAnotherReadsInItsOwnSnapshotAndTheOuterKeepsItsValues() {
        readOnly().executeWithoutResult(status -> {
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            TransactionTemplate own = readOnly();
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(inner -> {
                assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2);
                assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2);
            });
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
        });
        assertThat(TransactionSynchronizationManager.getResource(ReadOnceCache.class)).isNull();
    }

    @Test
    void aWriteInsideAReadOnlyTransactionDropsWhatWasRead() {
        readOnly().executeWithoutResult(status -> {
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(1);
            // a writing method that joined the read-only transaction (Spring allows it) writes through jOOQ
            dsl.update(ORGANISATION).set(ORGANISATION.NAME, ORGANISATION.NAME).where(ORGANISATION.ID.eq(-1L)).execute();
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2);
            // reading does not
            dsl.fetchCount(ORGANISATION);
            assertThat(ReadOnceCache.get("scope", read)).isEqualTo(2);
        });
    }
}
