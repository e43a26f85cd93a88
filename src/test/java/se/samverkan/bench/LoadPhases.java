package se.samverkan.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Where the time of a dashboard load goes ({@code -Dbench.detail=true}): for each statement jOOQ runs while {@link #on},
 * the time it spends rendering the SQL, preparing and binding, executing (the driver sending the statement and reading
 * the whole result), and fetching the rows into records; and the Java time between statements (the service's own work:
 * building queries, permission checks, mapping rows). Sums over the measured loads, printed per load. Single-threaded:
 * the benchmark's loads run one after the other on its main thread.
 */
final class LoadPhases implements ExecuteListener {

    private final Map<String, Long> sums = new TreeMap<>();
    private boolean on;
    private int index;
    private long lastEnd;

    /** Starts timing one load. */
    void begin() {
        on = true;
        index = 0;
        lastEnd = System.nanoTime();
    }

    /** Ends timing the load begun last. */
    void finish() {
        add("s99 Java after the last statement", System.nanoTime() - lastEnd);
        on = false;
    }

    private void add(String key, long nanos) {
        sums.merge(key, nanos, Long::sum);
    }

    private void mark(ExecuteContext ctx, String event) {
        if (on) {
            ctx.data("phase." + event, System.nanoTime());
        }
    }

    private long at(ExecuteContext ctx, String event) {
        return ctx.data("phase." + event) instanceof Long t ? t : 0;
    }

    @Override
    public void start(ExecuteContext ctx) {
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
        if (!on || at(ctx, "start") == 0 || at(ctx, "executeEnd") == 0) {
            return;
        }
        long end = System.nanoTime();
        String n = String.format(Locale.ROOT, "s%02d ", index++);
        add("all: render", at(ctx, "renderEnd") - at(ctx, "renderStart"));
        add("all: prepare and bind", at(ctx, "executeStart") - at(ctx, "renderEnd"));
        add("all: execute", at(ctx, "executeEnd") - at(ctx, "executeStart"));
        add("all: fetch into records", end - at(ctx, "executeEnd"));
        add("all: Java between statements", at(ctx, "start") - lastEnd);
        add(n + "Java before", at(ctx, "start") - lastEnd);
        add(n + "render", at(ctx, "renderEnd") - at(ctx, "renderStart"));
        add(n + "execute", at(ctx, "executeEnd") - at(ctx, "executeStart"));
        lastEnd = end;
    }

    /**
     * Prints the sums per load, beside each statement's time when run prepared with the same parameters over JDBC
     * ({@code jdbcNanos}, summed over as many runs), and forgets them.
     */
    void print(String label, int loads, double meanLoadMs, long[] jdbcNanos) {
        System.out.printf(Locale.ROOT, "bench: %s: mean load %.2f ms; per load, in ms:%n", label, meanLoadMs);
        sums.forEach((key, nanos) -> {
            String jdbc = "";
            if (key.endsWith(" execute") && !key.startsWith("all")) {
                int i = Integer.parseInt(key.substring(1, 3));
                jdbc = i < jdbcNanos.length ? String.format(Locale.ROOT, "   (prepared over JDBC, whole: %6.2f)",
                        jdbcNanos[i] / 1e6 / loads) : "";
            }
            System.out.printf(Locale.ROOT, "bench:   %-34s %7.2f%s%n", key, nanos / 1e6 / loads, jdbc);
        });
        sums.clear();
    }
}
