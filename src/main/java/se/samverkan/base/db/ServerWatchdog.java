package se.samverkan.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that outlives a JVM killed hard and then stops the JVM's MariaDB server: it checks every two
 * seconds whether the JVM still runs, and when it does not, sends the server SIGTERM (a clean shutdown) if that process
 * is still the server of this data directory. A normal shutdown stops the watchdog first.
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    private static final String SCRIPT = """
            jvm="$1"; server="$2"; datadir="$3"
            while kill -0 "$jvm" 2>/dev/null; do sleep 2; done
            if tr '\\0' '\\n' < "/proc/$server/cmdline" 2>/dev/null | grep -qxF -- "--datadir=$datadir"; then
              kill "$server"
            fi
            """;

    private ServerWatchdog() {
    }

    /** Starts the watchdog for the server whose pid file is given; null where that cannot be done. */
    static Process start(Path pidFile, Path dataDir) {
        try {
            String server = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
            return new ProcessBuilder("sh", "-c", SCRIPT, "samverkan-db-watchdog",
                    Long.toString(ProcessHandle.current().pid()), server, dataDir.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            log.info("Embedded MariaDB: no watchdog ({}); after a hard kill the next start stops the server instead",
                    e.getMessage());
            return null;
        }
    }
}
