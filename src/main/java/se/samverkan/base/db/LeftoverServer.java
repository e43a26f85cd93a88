package se.samverkan.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that an instance killed hard (kill -9, out of memory, a crashed container) left running on the data
 * directory: it holds the directory's files, and a new server would fail on them. Found by its pid file and accepted
 * only when that process is a MariaDB server of this very data directory run by the same OS user; then stopped
 * cleanly, as MariaDB stops on SIGTERM. Any other process of that pid is left alone.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    /** Called only while holding the data directory's lock, so no live instance can own the server found. */
    static void stopIfRunning(Path dataDir) {
        serverOf(dataDir).ifPresent(server -> {
            log.warn("Embedded MariaDB: stopping the server (process {}) that an earlier instance left running on {}",
                    server.pid(), dataDir);
            server.destroy();
            try {
                server.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                server.destroyForcibly();
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot wait for the leftover MariaDB server to stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the leftover MariaDB server", e);
            }
        });
    }

    static Optional<ProcessHandle> serverOf(Path dataDir) {
        Path pidFile = dataDir.resolve(EmbeddedMariaDb.PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isServerOf(p, dataDir));
    }

    /** The process's command line (from /proc) names a MariaDB server binary and this data directory. */
    static boolean isServerOf(ProcessHandle process, Path dataDir) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        String user = System.getProperty("user.name");
        if (process.info().user().map(owner -> !owner.equals(user)).orElse(false)) {
            return false;
        }
        List<String> arguments;
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            arguments = List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return false;
        }
        if (arguments.isEmpty() || !(arguments.getFirst().endsWith("/mariadbd")
                || arguments.getFirst().endsWith("/mysqld"))) {
            return false;
        }
        Path absolute = dataDir.toAbsolutePath().normalize();
        return arguments.contains("--datadir=" + absolute) || realPath(absolute)
                .map(real -> arguments.contains("--datadir=" + real)).orElse(false);
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
