package se.samverkan.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Where the time of a dashboard load goes ({@code -Dbench.detail=true}). For each statement jOOQ runs on the thread
 * that called {@link #begin()}: rendering the SQL, preparing and binding, executing (the driver sending the statement
 * and reading the whole result), and fetching — jOOQ making records of the rows and, for the statements the
 * repository reads with {@code fetch(mapper)} or {@code forEach}, the repository mapping them, since jOOQ ends such a
 * statement when its cursor closes. Between statements: the service's own Java time (building queries, the nested
 * services' permission and transaction checks, the rest of the mapping). Before the first statement and after the
 * last, the transaction's begin and commit too (round trips to the database). Sums over the measured loads, printed per
 * load.
 */
final class LoadPhases implements ExecuteListener {

    private final Map<String, Long> sums = new TreeMap<>();
    private volatile Thread timed;
    private int index;
    private long lastEnd;

    /** Starts timing one load, run on this thread. */
    void begin() {
        index = 0;
        lastEnd = System.nanoTime();
        timed = Thread.currentThread();
    }

    /** Ends timing the load begun last. */
    void finish() {
        add("s999 after the last statement (read models, commit, release)", System.nanoTime() - lastEnd);
        timed = null;
    }

    private boolean timing() {
        return timed == Thread.currentThread();
    }

    private void add(String key, long nanos) {
        sums.merge(key, nanos, Long::sum);
    }

    private void mark(ExecuteContext ctx, String event) {
        if (timing()) {
            ctx.data("phase." + event, System.nanoTime());
        }
    }

    private static long at(ExecuteContext ctx, String event) {
        return ctx.data("phase." + event) instanceof Long t ? t : 0;
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (timing()) {
            ctx.data("phase.index", index++);
        }
        mark(ctx, "start");
    }

    @Override
    public void renderStart(ExecuteContext ctx) {
        mark(ctx, "renderStart");
    }

    @Override
    public void renderEnd(ExecuteContext ctx) {
        mark(ctx, "renderEnd");
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        mark(ctx, "executeStart");
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        mark(ctx, "executeEnd");
    }

    @Override
    public void end(ExecuteContext ctx) {
        if (!timing() || !(ctx.data("phase.index") instanceof Integer i)) {
            return;
        }
        long end = System.nanoTime();
        String n = String.format(Locale.ROOT, "s%03d ", i);
        long before = at(ctx, "start") - lastEnd;
        if (i == 0) {
            add("s000 before the first statement (transaction begin, checks)", before);
        } else {
            add("all: Java between statements", before);
            add(n + "Java before", before);
        }
        if (at(ctx, "executeEnd") == 0) {
            add(n + "failed", end - at(ctx, "start"));
        } else {
            add("all: render", at(ctx, "renderEnd") - at(ctx, "renderStart"));
            add("all: prepare and bind", at(ctx, "executeStart") - at(ctx, "renderEnd"));
            add("all: execute", at(ctx, "executeEnd") - at(ctx, "executeStart"));
            add("all: fetch (records; mapping of fetch(mapper) and forEach)", end - at(ctx, "executeEnd"));
            add(n + "render", at(ctx, "renderEnd") - at(ctx, "renderStart"));
            add(n + "execute", at(ctx, "executeEnd") - at(ctx, "executeStart"));
        }
        lastEnd = end;
    }

    /**
     * Prints the sums per load, beside each statement's time run prepared over JDBC ({@code jdbcNanos}: from preparing
     * to closing, every column read; summed over as many runs), and forgets them.
     */
    void print(String label, int loads, double meanLoadMs, long[] jdbcNanos) {
        System.out.printf(Locale.ROOT, "bench: %s: mean load %.2f ms; per load, in ms:%n", label, meanLoadMs);
        sums.forEach((key, nanos) -> {
            String jdbc = "";
            if (key.endsWith(" execute") && !key.startsWith("all")) {
                int i = Integer.parseInt(key.substring(1, key.indexOf(' ')));
                jdbc = i < jdbcNanos.length ? String.format(Locale.ROOT,
                        "   (over JDBC, prepare to close: %6.2f)", jdbcNanos[i] / 1e6 / loads) : "";
            }
            System.out.printf(Locale.ROOT, "bench:   %-40s %7.2f%s%n", key, nanos / 1e6 / loads, jdbc);
        });
        sums.clear();
    }
}
