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
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samverkan.Application;
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
 * System properties: {@code bench.rounds} (default 30), {@code bench.sessions} (default 200), {@code bench.port}
 * (default 8113).
 */
public final class DashboardBenchmark {

    private static final Path DIR = Path.of("target", "bench-city").toAbsolutePath();
    private static final Path APP = Path.of("target", "app", "samverkan.jar").toAbsolutePath();

    private final int rounds = Integer.getInteger("bench.rounds", 30);
    private final int sessions = Integer.getInteger("bench.sessions", 200);
    private final int port = Integer.getInteger("bench.port", 8113);

    /** Statements of one dashboard load, with values inlined; recorded while {@link #recording} is on. */
    private static final List<String> CAPTURED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;

    public static void main(String[] args) throws Exception {
        new DashboardBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(DIR);
        List<String> report = new ArrayList<>();
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
            measure(report, "one city-wide agreement", dashboards, dataSource, dashboards.defaultQuery(agreement));
            measure(report, "the whole city", dashboards, dataSource, dashboards.defaultQuery(null));
        }
        heapPerSession(report);
        System.out.println();
        System.out.println("bench-dashboard:");
        report.forEach(line -> System.out.println("  " + line));
    }

    private static ConfigurableApplicationContext start() {
        ExecuteListener capture = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (recording && ctx.query() != null) {
                    CAPTURED.add(ctx.dsl().renderContext().paramType(ParamType.INLINED).render(ctx.query()));
                }
            }
        };
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchCaptureSql",
                        new DefaultExecuteListenerProvider(capture)))
                .properties("samverkan.db.embedded.data-dir=" + DIR.resolve("mariadb"),
                        "samverkan.db.embedded.port=0", "samverkan.demo.enabled=true",
                        "spring.quartz.auto-startup=false", "logging.level.root=WARN")
                .run();
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean("accountService", UserDetailsService.class).loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private void measure(List<String> report, String label, DashboardService dashboards, DataSource dataSource,
            DashboardQuery query) throws SQLException {
        Supplier<Dashboard> load = () -> dashboards.load(query);
        for (int i = 0; i < Math.max(5, rounds / 3); i++) {
            load.get();
        }
        CAPTURED.clear();
        recording = true;
        Dashboard d = load.get();
        recording = false;
        List<String> sql = List.copyOf(CAPTURED);

        List<Double> service = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replay(dataSource, sql);
        }
        // alternate, so that neither always runs on a warmer cache
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            load.get();
            service.add((System.nanoTime() - t0) / 1e6);
            long t1 = System.nanoTime();
            replay(dataSource, sql);
            jdbc.add((System.nanoTime() - t1) / 1e6);
        }
        double p50 = percentile(service, 50);
        double j50 = percentile(jdbc, 50);
        report.add(String.format(Locale.ROOT, "%-34s %9.1f %9.1f %9.1f %9.1f %7.2f", label + " (" + d.totals().items()
                + " items)", p50, percentile(service, 95), j50, percentile(jdbc, 95), p50 / j50));
        report.add(String.format(Locale.ROOT, "  %d statements per load", sql.size()));
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

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // --- heap per session ---------------------------------------------------------------------------------------

    private void heapPerSession(List<String> report) throws Exception {
        if (!Files.isRegularFile(APP)) {
            throw new IllegalStateException("target/app/samverkan.jar is missing: run ./mvnw -Pbench-dashboard");
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
            List<HttpClient> open = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                open.add(openDashboard(user(20 + i)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedHeapAfterGc(app.pid());
            report.add("");
            report.add(String.format(Locale.ROOT, "heap retained per signed-in user with the dashboard open: %.1f KB"
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
     * A browser's first visit, over HTTP: the login page, signing in with the form, the dashboard's page, and the two
     * requests with which Vaadin's client starts a UI and navigates it (the server builds the view and every chart
     * then). The client keeps its cookie, so the session stays open with its UI.
     */
    private HttpClient openDashboard(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo"
                + csrf(login);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().equals("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.uri());
        }
        http.send(HttpRequest.newBuilder(uri("/dashboard")).build(), HttpResponse.BodyHandlers.discarding());
        // Vaadin's client starts a UI with "init", then navigates it to the route: the view is built then
        String init = http.send(HttpRequest.newBuilder(uri("/?v-r=init&location=dashboard&query=&v-wh=768&v-ww=1366"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI for " + username + ": " + init.substring(0, Math.min(300, init.length())));
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"dashboard\",\"query\":\"\","
                + "\"appShellTitle\":\"Samverkan\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("samverkan-chart")) {
            throw new IllegalStateException("the dashboard did not open for " + username + ": " + view.statusCode()
                    + " " + view.body().substring(0, Math.min(300, view.body().length())));
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

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
