package se.samverkan.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.DashboardQuery;
import se.samverkan.dashboard.DashboardService;

/**
 * The dashboard at city scale ({@code ./mvnw -Pbench-dashboard}; not a test, it prints figures and judges nothing).
 * The city ({@link CityScaleData}) is generated once into {@code target/bench-city/} and kept for later runs.
 * <ol>
 * <li>Server time of a full dashboard load ({@link DashboardService#load}: every panel's aggregates, permission checks
 * and read models) as {@code chef}, for one city-wide agreement with 300 items and 30 local agreements below it, and
 * for the whole city (every agreement chef reads): p50 and p95 of {@code bench.rounds} loads after a warm-up.</li>
 * <li>The same SQL, captured from one load (every statement, with its values inlined), run directly over JDBC on the
 * same database in the same run, in one read-only transaction, reading every column of every row: p50 and p95, and the
 * ratio of the medians.</li>
 * <li>Heap retained per signed-in user with the dashboard open: the production jar in a process of its own; N sessions
 * sign in over HTTP as generated managers and open the dashboard (the server builds the whole view); used heap after
 * full garbage collections before and after, divided by N.</li>
 * </ol>
 * System properties: {@code bench.rounds} (default 30), {@code bench.warmup} (loads before the first measurement,
 * default 300), {@code bench.sessions} (default 200), {@code bench.port} (default 8113), {@code bench.parts} ("timing",
 * "heap" or both), {@code bench.route} (the page the sessions open), {@code bench.histogram} (classes that grow per
 * session), {@code bench.jar} (another build's jar for the heap part), {@code bench.detail} (each statement's time and
 * where a load's time goes, {@link LoadPhases}).
 */
public final class DashboardBenchmark {

    private static final Path DIR = Path.of("target", "bench-city").toAbsolutePath();
    /** The production jar the heap part runs ({@code -Dbench.jar=} another build's, to compare). */
    private static final Path APP = Path.of(System.getProperty("bench.jar", "target/samverkan.jar")).toAbsolutePath();

    private final int rounds = Integer.getInteger("bench.rounds", 30);

    private final int warmup = Integer.getInteger("bench.warmup", 300);
    private final int sessions = Integer.getInteger("bench.sessions", 200);
    private final int port = Integer.getInteger("bench.port", 8113);
    /** Which parts to run: "timing", "heap", or both (default). */
    private final String parts = System.getProperty("bench.parts", "timing,heap");
    /** The route the sessions open (another one, e.g. "my-items", gives the floor of a session). */
    private final String route = System.getProperty("bench.route", "dashboard");
    /** Print the classes that grew most between the two heap figures. */
    private final boolean histogram = Boolean.getBoolean("bench.histogram");

    /** Statements of one dashboard load, with values inlined; recorded while {@link #recording} is on. */
    private static final List<String> CAPTURED = Collections.synchronizedList(new ArrayList<>());
    /** Time in jOOQ (execute and fetch) of each captured statement, in ms. */
    private static final List<Double> CAPTURED_MS = Collections.synchronizedList(new ArrayList<>());
    /** The same statements as the service sends them: SQL with parameters, and their values. */
    private static final List<Bound> CAPTURED_BOUND = Collections.synchronizedList(new ArrayList<>());
    /** Where the measured loads' time goes ({@code bench.detail}). */
    private static final LoadPhases PHASES = new LoadPhases();
    private static volatile boolean recording;
    /**
     * Print each statement's time through jOOQ and over plain JDBC, and where the measured loads' time goes
     * ({@link LoadPhases}).
     */
    private final boolean detail = Boolean.getBoolean("bench.detail");

    public static void main(String[] args) throws Exception {
        new DashboardBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(DIR);
        List<String> report = new ArrayList<>();
        if (parts.contains("timing")) {
            timing(report);
        }
        int timings = report.size();
        if (parts.contains("heap")) {
            heapPerSession(report);
        }
        report.subList(timings, report.size()).forEach(line -> System.out.println("bench: " + line));
        System.out.println();
        System.out.println("bench-dashboard:");
        report.forEach(line -> System.out.println("  " + line));
    }

    private void timing(List<String> report) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            DataSource dataSource = app.getBean(DataSource.class);
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            if (!CityScaleData.present(dataSource)) {
                System.out.println("bench: generating the city (once) ...");
                long started = System.nanoTime();
                CityScaleData.generate(dataSource, today);
                report.add(String.format(Locale.ROOT, "city generated in %.1f s", (System.nanoTime() - started) / 1e9));
            }
            CityScaleData.counts(dataSource).forEach((table, rows) ->
                    report.add(String.format(Locale.ROOT, "%-24s %,10d rows", table, rows)));
            signIn(app, "chef");
            DashboardService dashboards = app.getBean(DashboardService.class);
            DSLContext dsl = app.getBean(DSLContext.class);
            long agreement = ((Number) dsl.fetchValue(
                    "SELECT id FROM agreement WHERE diary_number LIKE 'GEN %/001'")).longValue();
            report.add("");
            report.add(String.format(Locale.ROOT, "%-34s %9s %9s %9s %9s %7s", "full dashboard load (chef)",
                    "p50 ms", "p95 ms", "JDBC p50", "JDBC p95", "ratio"));
            // a server runs the same code all day: warm the JIT up on the cheap load first (both loads share the code)
            measure(report, "one city-wide agreement", dashboards, dataSource, dashboards.defaultQuery(agreement),
                    warmup);
            measure(report, "the whole city", dashboards, dataSource, dashboards.defaultQuery(null),
                    Math.max(5, rounds / 3));
            report.add(String.format(Locale.ROOT, "  (warm-up: %d loads of one agreement before its rounds, %d more of"
                    + " the city before its; %d rounds each)", warmup, Math.max(5, rounds / 3), rounds));
        }
        report.forEach(line -> System.out.println("bench: " + line));
    }

    private static ConfigurableApplicationContext start() {
        ExecuteListener capture = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (recording && ctx.query() != null) {
                    CAPTURED.add(ctx.dsl().renderInlined(ctx.query()));
                    CAPTURED_BOUND.add(new Bound(ctx.sql(), new ArrayList<>(ctx.query().getBindValues())));
                    ctx.data("bench.start", System.nanoTime());
                }
            }

            @Override
            public void end(ExecuteContext ctx) {
                if (ctx.data("bench.start") instanceof Long started) {
                    CAPTURED_MS.add((System.nanoTime() - started) / 1e6);
                }
            }
        };
        return CityScaleData.start(DIR, context -> {
            context.getBeanFactory().registerSingleton("benchCaptureSql", new DefaultExecuteListenerProvider(capture));
            if (Boolean.getBoolean("bench.detail")) {
                context.getBeanFactory().registerSingleton("benchPhases", new DefaultExecuteListenerProvider(PHASES));
            }
        });
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean("accountService", UserDetailsService.class).loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private void measure(List<String> report, String label, DashboardService dashboards, DataSource dataSource,
            DashboardQuery query, int warmups) throws SQLException {
        Supplier<Dashboard> load = () -> dashboards.load(query);
        for (int i = 0; i < warmups; i++) {
            load.get();
        }
        CAPTURED.clear();
        CAPTURED_BOUND.clear();
        CAPTURED_MS.clear();
        recording = true;
        long recorded = System.nanoTime();
        Dashboard d = load.get();
        double recordedMs = (System.nanoTime() - recorded) / 1e6;
        recording = false;
        List<String> sql = List.copyOf(CAPTURED);
        List<Bound> bound = List.copyOf(CAPTURED_BOUND);
        if (detail) {
            List<Double> inJooq = List.copyOf(CAPTURED_MS);
            System.out.printf(Locale.ROOT, "bench: %s: one load %.1f ms, of which %.1f ms in %d statements (jOOQ)%n",
                    label, recordedMs, inJooq.stream().mapToDouble(Double::doubleValue).sum(), inJooq.size());
            for (int i = 0; i < sql.size(); i++) {
                long t = System.nanoTime();
                replay(dataSource, List.of(sql.get(i)));
                System.out.printf(Locale.ROOT, "bench:   %8.1f ms jOOQ %8.1f ms JDBC  %s%n",
                        i < inJooq.size() ? inJooq.get(i) : -1, (System.nanoTime() - t) / 1e6,
                        sql.get(i).substring(0, Math.min(140, sql.get(i).length())));
            }
        }

        List<Double> service = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        List<Double> prepared = new ArrayList<>();
        long[] preparedNanos = new long[bound.size()];
        for (int i = 0; i < 3; i++) {
            replay(dataSource, sql);
            replayPrepared(dataSource, bound, new long[bound.size()]);
        }
        // alternate, so that none always runs on a warmer cache
        for (int i = 0; i < rounds; i++) {
            if (detail) {
                PHASES.begin();
            }
            long t0 = System.nanoTime();
            load.get();
            service.add((System.nanoTime() - t0) / 1e6);
            if (detail) {
                PHASES.finish();
            }
            long t1 = System.nanoTime();
            replay(dataSource, sql);
            jdbc.add((System.nanoTime() - t1) / 1e6);
            long t2 = System.nanoTime();
            replayPrepared(dataSource, bound, preparedNanos);
            prepared.add((System.nanoTime() - t2) / 1e6);
        }
        if (detail) {
            PHASES.print(label, rounds, service.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    preparedNanos);
        }
        double p50 = percentile(service, 50);
        double j50 = percentile(jdbc, 50);
        double prepared50 = percentile(prepared, 50);
        report.add(String.format(Locale.ROOT, "%-34s %9.1f %9.1f %9.1f %9.1f %7.2f", label + " (" + d.totals().items()
                + " items)", p50, percentile(service, 95), j50, percentile(jdbc, 95), p50 / j50));
        report.add(String.format(Locale.ROOT, "  %d statements per load; the same statements prepared with the service's"
                + " parameters over JDBC: p50 %.1f, p95 %.1f ms, ratio %.2f", sql.size(), prepared50,
                percentile(prepared, 95), p50 / prepared50));
    }

    /** Runs the statements as the service does (one read-only transaction), reading every column of every row. */
    private static void replay(DataSource dataSource, List<String> sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                for (String statement : sql) {
                    try (ResultSet r = s.executeQuery(statement)) {
                        ResultSetMetaData meta = r.getMetaData();
                        while (r.next()) {
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                r.getObject(i);
                            }
                        }
                    }
                }
            }
            c.commit();
            c.setReadOnly(false);
            c.setAutoCommit(true);
        }
    }

    /** A statement as the service sends it: SQL with parameters, and their values. */
    record Bound(String sql, List<Object> values) {
    }

    /**
     * Runs the statements about as the service's driver gets them (prepared, with the same parameter values, bound with
     * {@code setObject}, where jOOQ's own binding may take other driver methods, e.g. for dates) in one read-only
     * transaction, reading every column of every row; adds each statement's time, from preparing to closing, to
     * {@code nanos}.
     */
    private static void replayPrepared(DataSource dataSource, List<Bound> statements, long[] nanos)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            for (int n = 0; n < statements.size(); n++) {
                long started = System.nanoTime();
                try (PreparedStatement s = c.prepareStatement(statements.get(n).sql())) {
                    List<Object> values = statements.get(n).values();
                    for (int i = 0; i < values.size(); i++) {
                        s.setObject(i + 1, values.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        ResultSetMetaData meta = r.getMetaData();
                        while (r.next()) {
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                r.getObject(i);
                            }
                        }
                    }
                }
                nanos[n] += System.nanoTime() - started;
            }
            c.commit();
            c.setReadOnly(false);
            c.setAutoCommit(true);
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // --- heap per session ---------------------------------------------------------------------------------------

    private void heapPerSession(List<String> report) throws Exception {
        if (!Files.isRegularFile(APP)) {
            throw new IllegalStateException("target/samverkan.jar is missing: run ./mvnw -Pbench-dashboard");
        }
        Path tmp = Files.createDirectories(DIR.resolve("tmp"));
        Path log = DIR.resolve("app.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseG1GC", "-Djava.io.tmpdir=" + tmp, "-jar", APP.toString(), "--server.port=" + port,
                "--samverkan.db.embedded.data-dir=" + DIR.resolve("mariadb"), "--samverkan.demo.enabled=true",
                // a user's first page is their own start page; the benchmark opens the dashboard straight away
                "--server.servlet.session.timeout=60m")
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitForLogin(app);
            // warm up: classes, caches and pools that every session shares
            for (int i = 0; i < 20; i++) {
                openDashboard(user(i));
            }
            long before = usedHeapAfterGc(app.pid());
            java.util.Map<String, Long> histogramBefore = histogram ? histogram(app.pid()) : java.util.Map.of();
            List<HttpClient> open = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                open.add(openDashboard(user(20 + i)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedHeapAfterGc(app.pid());
            if (histogram) {
                java.util.Map<String, Long> grown = new java.util.HashMap<>(histogram(app.pid()));
                histogramBefore.forEach((type, bytes) -> grown.merge(type, -bytes, Long::sum));
                grown.entrySet().stream().filter(e -> !e.getKey().startsWith("#"))
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(30).forEach(e -> System.out.printf(Locale.ROOT, "bench: %10.1f KB/session  %s%n",
                                e.getValue() / 1024.0 / sessions, e.getKey()));
                grown.entrySet().stream().filter(e -> e.getKey().startsWith("#com.vaadin") || e.getKey().startsWith("#se."))
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(40).forEach(e -> System.out.printf(Locale.ROOT, "bench: %10.1f objects/session  %s%n",
                                e.getValue() / (double) sessions, e.getKey().substring(1)));
            }
            report.add("");
            report.add(String.format(Locale.ROOT, "heap retained per signed-in user with " + route + " open: %.1f KB"
                    + " (%d sessions, used heap after full GC %,d KB -> %,d KB; %.0f ms per sign-in and dashboard)",
                    (after - before) / (double) sessions, sessions, before, after, seconds * 1000 / sessions));
            open.clear();
        } finally {
            app.destroy();
            if (!app.waitFor(2, TimeUnit.MINUTES)) {
                app.destroyForcibly();
            }
        }
    }

    /** Generated managers (every tenth generated account): they read the whole city, like chef. */
    private static String user(int i) {
        return String.format(Locale.ROOT, "gen%04d", 10 * (1 + i % 100));
    }

    private void waitForLogin(Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app ended: see " + DIR.resolve("app.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no login page within 5 minutes");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * A browser's first visit, over HTTP: the login page, signing in with the form, then the dashboard's page, which
     * comes with its UI already built (Vaadin's eager server load: the page carries the UI's first response, so a
     * browser starts no other UI), the navigation event with which Vaadin's client router takes over that UI, and the
     * client's next message. The client keeps its cookie, so the session stays open with its one UI, as a user's who
     * signed in and opened the dashboard. (The start page the sign-in leads to is not loaded: a user who goes on to
     * the dashboard from there does so inside the same UI, whose start view is then let go.)
     */
    private HttpClient openDashboard(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo"
                + csrf(login);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " " + location);
        }
        String page = http.send(HttpRequest.newBuilder(uri("/" + route)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(page);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI in the page for " + username + ": "
                    + page.substring(0, Math.min(300, page.length())));
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"Samverkan\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || (route.equals("dashboard") && !page.contains("samverkan-chart"))) {
            throw new IllegalStateException("the dashboard did not open for " + username + ": " + view.statusCode()
                    + " " + view.body().substring(0, Math.min(300, view.body().length())));
        }
        // a browser answers at once (events of the drawer, the page's visibility): Vaadin keeps only the last response
        // of a UI for a resend, so the view's large first response is not kept for the session's whole life
        String next = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":1,\"clientId\":1}";
        HttpResponse<String> answered = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(next)).build(), HttpResponse.BodyHandlers.ofString());
        if (answered.statusCode() != 200 || !answered.body().contains("\"syncId\":2")) {
            throw new IllegalStateException("the UI did not answer " + username + ": " + answered.statusCode() + " "
                    + answered.body().substring(0, Math.min(300, answered.body().length())));
        }
        return http;
    }

    /** The login form's CSRF token, from the page's meta tag. */
    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        return m.find() ? "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) : "";
    }

    /** Used heap of the process after two full collections, in KB (jcmd GC.run, then GC.heap_info). */
    private static long usedHeapAfterGc(long pid) throws Exception {
        for (int i = 0; i < 2; i++) {
            jcmd(pid, "GC.run");
            Thread.sleep(500);
        }
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    /** Bytes per class of live objects (jcmd GC.class_histogram, which collects first). */
    private static java.util.Map<String, Long> histogram(long pid) throws Exception {
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(jcmd(pid, "GC.class_histogram"));
        while (m.find()) {
            bytes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            bytes.merge("#" + m.group(3), Long.parseLong(m.group(1)), Long::sum);
        }
        return bytes;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
