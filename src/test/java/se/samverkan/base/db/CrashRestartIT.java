package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application killed hard ({@code kill -9}) and started again on the same data directory: it stops the
 * MariaDB server the dead instance left running, serves, and has every row. A second instance on a live data directory
 * stops at once with one line; with the watchdog on, a hard kill takes the server down by itself.
 */
class CrashRestartIT {

    private static final Path JAR = Path.of("target", "samverkan.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path root = Path.of("target", "test-db", "crash-" + UUID.randomUUID()).toAbsolutePath();
    private final Path dataDir = root.resolve("data");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(String name, int port, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + Path.of("target", "jvm-tmp").toAbsolutePath(), "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=" + port,
                "--samverkan.db.embedded.data-dir=" + dataDir, "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        Files.createDirectories(root);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(name + ".log").toFile()).start();
        started.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(Process process, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application is running").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not start within " + START_TIMEOUT);
    }

    private int agreements() throws Exception {
        String port = Files.readString(dataDir.resolve(EmbeddedMariaDb.PORT_FILE)).strip();
        String password = Files.readString(dataDir.resolve(EmbeddedMariaDb.PASSWORD_FILE)).strip();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/samverkan",
                EmbeddedMariaDb.APP_USER, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agreement")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long serverPid() throws IOException {
        return Long.parseLong(Files.readString(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).strip());
    }

    @Test
    void killedHardAndStartedAgainItServesWithAllItsData() throws Exception {
        assertThat(JAR).as("the packaged application").exists();
        int port = freePort();
        Process first = start("first", port, "--samverkan.db.embedded.watchdog=false");
        awaitUp(first, port);
        int rows = agreements();
        assertThat(rows).isPositive();
        long leftover = serverPid();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("its MariaDB lives on").hasValue(true);

        Process second = start("second", port);
        awaitUp(second, port);
        assertThat(agreements()).isEqualTo(rows);
        assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Files.readString(root.resolve("second.log")))
                .contains("stopping the server (process " + leftover + ") that an earlier instance left running");

        // a second instance on the live data directory stops at once and says why in one line
        Process third = start("third", freePort());
        assertThat(third.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(third.exitValue()).isNotZero();
        String refusal = Files.readString(root.resolve("third.log"));
        assertThat(refusal).contains("is in use by another running instance of Samverkan (process "
                + second.pid() + ")").doesNotContain("\tat ");
        assertThat(agreements()).isEqualTo(rows);

        // with the watchdog (the default), a hard kill takes the server down by itself
        long server = serverPid();
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plusSeconds(30);
        while (ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(ProcessHandle.of(server).filter(ProcessHandle::isAlive)).as("the watchdog stopped it").isEmpty();
    }
}
