package se.samverkan.report.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

import jakarta.annotation.PreDestroy;

/**
 * Runs long exports, imports and reports off the UI thread, as the signed-in user, on a small pool (the machine has
 * few cores; two jobs at a time). While a job runs the page polls, so progress and the result reach the browser
 * through {@link UI#access} without server push.
 */
@Component
class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final int POLL_MILLIS = 400;

    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "report-job");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    ReportJobs(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    /**
     * Starts {@code work} (which reports progress as a count) and hands its result, or its failure, to the UI.
     * {@code progress}, {@code done} and {@code failed} run inside {@code ui.access}.
     */
    <T> void start(UI ui, Function<IntConsumer, T> work, IntConsumer progress, Consumer<T> done,
            Consumer<RuntimeException> failed) {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext context = holder.getContext();
        ui.setPollInterval(POLL_MILLIS);
        AtomicInteger lastReported = new AtomicInteger(-1);
        pool.execute(() -> {
            holder.setContext(context);
            try {
                T result = work.apply(n -> {
                    if (lastReported.getAndSet(n) != n) {
                        ui.access(() -> progress.accept(n));
                    }
                });
                ui.access(() -> {
                    done.accept(result);
                    stopPollingAfterNextPoll(ui);
                });
            } catch (RuntimeException e) {
                log.warn("A report job failed", e);
                ui.access(() -> {
                    failed.accept(e);
                    stopPollingAfterNextPoll(ui);
                });
            } finally {
                holder.clearContext();
            }
        });
    }

    /**
     * The result may be set after the response to the click that started the job was sent (a quick job finishes
     * while that request still holds the session lock): the browser learns of it only with its next poll, so polling
     * stops only once that poll has come.
     */
    private static void stopPollingAfterNextPoll(UI ui) {
        com.vaadin.flow.shared.Registration[] once = new com.vaadin.flow.shared.Registration[1];
        once[0] = ui.addPollListener(poll -> {
            ui.setPollInterval(-1);
            once[0].remove();
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
