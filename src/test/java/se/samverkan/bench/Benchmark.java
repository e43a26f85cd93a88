package se.samverkan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * Weight of the pages and start time of the app, side by side in one run: {@code ./mvnw -Pbench} (which builds the
 * layout in target/app and its AOT cache first). Not a test: it prints figures, and judges nothing.
 * <ul>
 * <li>Bytes and requests on the wire (through {@link CountingRelay}, service worker included) for the login page on
 * a cold cache, the coordinator's start page after signing in as {@code stad}, the start page alone on a cold cache,
 * and a second visit.</li>
 * <li>Warm start time (the data directory exists) from launch to the login page answering, without and with the
 * AOT cache, in alternating rounds; medians.</li>
 * </ul>
 * System properties: {@code bench.port} (default 8111; the relay takes the next port), {@code bench.rounds}
 * (default 5).
 */
public final class Benchmark {

    private static final Path APP = Path.of("target", "app").toAbsolutePath();
    private static final Path WORK = Path.of("target", "bench").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final int port = Integer.getInteger("bench.port", 8111);
    private final int rounds = Integer.getInteger("bench.rounds", 5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(APP.resolve("samverkan.jar")) || !Files.isRegularFile(APP.resolve("samverkan.aot"))) {
            throw new IllegalStateException("target/app with samverkan.aot is missing: run ./mvnw -Pbench (or -Paot)");
        }
        Files.createDirectories(WORK.resolve("tmp"));
        System.out.println("bench: first start, to fill the data directory (not counted)");
        double first = stopAfterStart(start(false, "first"));
        System.out.printf(Locale.ROOT, "bench: first start %.1f s%n", first);

        List<Double> plain = new ArrayList<>();
        List<Double> aot = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // alternate the order, so that neither always runs right after the other
            boolean aotFirst = round % 2 == 0;
            for (boolean withAot : new boolean[] { aotFirst, !aotFirst }) {
                String label = "round" + round;
                double seconds = stopAfterStart(start(withAot, label));
                if (withAot && !usedAotCache(label)) {
                    throw new IllegalStateException("the JVM did not use the AOT cache: see " + log(label, true));
                }
                (withAot ? aot : plain).add(seconds);
                System.out.printf(Locale.ROOT, "bench: round %d %-8s %.2f s%n", round, withAot ? "AOT" : "plain",
                        seconds);
            }
        }

        Process app = start(true, "pages");
        waitForLogin(System.nanoTime(), app);
        List<Weight> weights;
        try (CountingRelay relay = new CountingRelay(port + 1, port)) {
            weights = pageWeights(relay);
        } finally {
            stop(app);
        }

        double plainMedian = median(plain);
        double aotMedian = median(aot);
        System.out.println();
        System.out.println("=== Samverkan benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, load "
                + loadAverage() + ") ===");
        System.out.println("Page weight, bytes on the wire incl. headers and the service worker's own requests:");
        for (Weight weight : weights) {
            System.out.printf(Locale.ROOT, "  %-52s %8.1f KiB  %3d requests%n", weight.what(),
                    weight.bytes() / 1024.0, weight.requests());
        }
        System.out.printf(Locale.ROOT, "Warm start to the login page, median of %d (runs in s):%n", rounds);
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s   %s%n", "plain start", plainMedian, format(plain));
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s   %s%n", "with the AOT cache", aotMedian, format(aot));
        System.out.printf(Locale.ROOT, "  %-52s %8.2f%n", "AOT / plain", aotMedian / plainMedian);
    }

    // --- start time ---

    private Process start(boolean withAot, String label) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(APP.resolve("run.sh").toString(), "--server.port=" + port,
                "--samverkan.db.embedded.data-dir=" + WORK.resolve("data"))
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(label, withAot).toFile());
        Map<String, String> env = builder.environment();
        env.put("SAMVERKAN_AOT", withAot ? "on" : "off");
        // -Xlog:aot tells whether the JVM really mapped the cache (see usedAotCache)
        env.put("JAVA_OPTS", "-Djava.io.tmpdir=" + WORK.resolve("tmp") + (withAot ? " -Xlog:aot=info" : ""));
        return builder.start();
    }

    private static Path log(String label, boolean withAot) {
        return WORK.resolve(label + (withAot ? "-aot" : "-plain") + ".log");
    }

    /** What -Xlog:aot says when the JVM has mapped the cache and uses its linked classes. */
    private static boolean usedAotCache(String label) throws IOException {
        return Files.readString(log(label, true)).contains("Using AOT-linked classes: true");
    }

    private double stopAfterStart(Process app) throws Exception {
        long started = System.nanoTime();
        try {
            return waitForLogin(started, app);
        } finally {
            stop(app);
        }
    }

    private double waitForLogin(long started, Process app) throws Exception {
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app ended before serving the login page: see target/bench/*.log");
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no login page within 5 minutes");
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy(); // SIGTERM: a graceful shutdown that also stops the embedded MariaDB
        if (!app.waitFor(2, TimeUnit.MINUTES)) {
            app.destroyForcibly();
            app.waitFor();
        }
    }

    // --- page weight ---

    record Weight(String what, long bytes, int requests) {
    }

    private List<Weight> pageWeights(CountingRelay relay) {
        String base = "http://127.0.0.1:" + relay.port();
        List<Weight> weights = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));

            // a phone, on a cold cache
            BrowserContext phone = browser.newContext(phone(browser));
            Page page = phone.newPage();
            relay.reset();
            page.navigate(base + "/login");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).waitFor();
            settle(page);
            page.evaluate("async () => { await navigator.serviceWorker.ready; }");
            settle(page);
            weights.add(logged(relay, "login page, cold cache"));
            long loginBytes = relay.bytes();
            int loginRequests = relay.requests();

            relay.reset();
            signIn(page);
            settle(page);
            weights.add(logged(relay, "start page after signing in (same visit)"));
            weights.add(new Weight("  login + start page together", loginBytes + relay.bytes(),
                    loginRequests + relay.requests()));

            Page again = phone.newPage();
            relay.reset();
            again.navigate(base + "/");
            again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkansöverenskommelser"))
                    .waitFor();
            settle(again);
            weights.add(logged(relay, "second visit to the start page (warm cache)"));
            phone.close();

            // the start page alone on a cold cache: sign in, empty the cache, load it again
            BrowserContext cold = browser.newContext(phone(browser).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            Page coldPage = cold.newPage();
            coldPage.navigate(base + "/login");
            signIn(coldPage);
            settle(coldPage);
            cold.newCDPSession(coldPage).send("Network.clearBrowserCache");
            relay.reset();
            coldPage.navigate(base + "/");
            coldPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkansöverenskommelser"))
                    .waitFor();
            settle(coldPage);
            weights.add(logged(relay, "start page alone, cold cache (signed in)"));
            cold.close();
            browser.close();
        }
        return weights;
    }

    private static Weight logged(CountingRelay relay, String what) {
        System.out.println("bench: " + what + ":");
        relay.log().forEach(line -> System.out.println("    " + line));
        return relay.weight(what);
    }

    private static Browser.NewContextOptions phone(Browser browser) {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true)
                .setHasTouch(true).setLocale("sv-SE");
    }

    private static void signIn(Page page) {
        // the form puts the cursor in the username field one frame after it shows: wait for it, or the
        // password typed meanwhile goes nowhere when the cursor jumps back
        page.waitForFunction("() => document.activeElement && document.activeElement.name === 'username'");
        page.getByLabel("Användarnamn").fill("stad");
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkansöverenskommelser")).waitFor();
    }

    /** Network idle, then a moment for late requests (service worker install, heartbeat-free Vaadin). */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1500);
    }

    // --- helpers ---

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(List<Double> values) {
        return Arrays.toString(values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toArray());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
