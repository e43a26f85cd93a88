package se.samverkan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A TCP relay between the browser and the app that counts what goes over the wire: every response byte (status line,
 * headers, body as sent, compressed or not) and every request, the service worker's included. It reads HTTP/1.1
 * (what a browser speaks to a plain-HTTP server) just enough to tell where one request or response ends.
 */
public final class CountingRelay implements AutoCloseable {

    public record Exchange(String request, int status, long bytes, String encoding) {
    }

    private final ServerSocket server;
    private final int target;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    /** Listens on {@code port} (0: any free one) and forwards to {@code target}, both on the loopback address. */
    public CountingRelay(int port, int target) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread acceptor = new Thread(this::accept, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public synchronized void reset() {
        exchanges.clear();
    }

    public synchronized long bytes() {
        return exchanges.stream().mapToLong(Exchange::bytes).sum();
    }

    public synchronized int requests() {
        return exchanges.size();
    }

    synchronized Benchmark.Weight weight(String what) {
        return new Benchmark.Weight(what, bytes(), requests());
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public synchronized List<String> log() {
        return exchanges.stream().map(e -> String.format(Locale.ROOT, "%3d %8d B %-5s %s", e.status(), e.bytes(),
                e.encoding(), e.request().length() > 110 ? e.request().substring(0, 110) + "…" : e.request()))
                .toList();
    }

    private synchronized void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(upstream);
                }
                Deque<String> pending = new ArrayDeque<>();
                pump(client, upstream, new RequestReader(pending), "up");
                pump(upstream, client, new ResponseReader(pending), "down");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("relay: " + e.getMessage());
                }
            }
        }
    }

    private static void pump(Socket from, Socket to, Reader reader, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    reader.feed(buffer, n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side closed the connection
            } finally {
                reader.end();
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            sockets.forEach(CountingRelay::closeQuietly);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    // --- just enough HTTP/1.1 ---

    private abstract static class Reader {
        enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_BODY, CHUNK_CRLF, TRAILER, TO_CLOSE }

        State state = State.HEAD;
        final ByteArrayOutputStream line = new ByteArrayOutputStream();
        final List<String> head = new ArrayList<>();
        long remaining;
        long count;

        void feed(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                count++;
                byte b = buffer[i];
                switch (state) {
                    case BODY -> {
                        long take = Math.min(remaining, length - i);
                        count += take - 1;
                        i += (int) take - 1;
                        remaining -= take;
                        if (remaining == 0) {
                            done();
                        }
                    }
                    case CHUNK_BODY -> {
                        long take = Math.min(remaining, length - i);
                        count += take - 1;
                        i += (int) take - 1;
                        remaining -= take;
                        if (remaining == 0) {
                            state = State.CHUNK_CRLF;
                        }
                    }
                    case TO_CLOSE -> {
                        count += length - i - 1;
                        i = length;
                    }
                    default -> {
                        if (b != '\n') {
                            if (b != '\r') {
                                line.write(b);
                            }
                            continue;
                        }
                        String text = line.toString(StandardCharsets.ISO_8859_1);
                        line.reset();
                        lineEnded(text);
                    }
                }
            }
        }

        private void lineEnded(String text) {
            switch (state) {
                case HEAD -> {
                    if (!text.isEmpty()) {
                        head.add(text);
                    } else if (!head.isEmpty()) {
                        headEnded();
                    }
                }
                case CHUNK_SIZE -> {
                    long size = Long.parseLong(text.split(";")[0].trim(), 16);
                    if (size == 0) {
                        state = State.TRAILER;
                    } else {
                        remaining = size;
                        state = State.CHUNK_BODY;
                    }
                }
                case CHUNK_CRLF -> state = State.CHUNK_SIZE;
                case TRAILER -> {
                    if (text.isEmpty()) {
                        done();
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.stream().skip(1).filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
        }

        /** Decides how the body is framed, from the head. */
        abstract void headEnded();

        void body(boolean none) {
            String length = header("Content-Length");
            if (none || "0".equals(length)) {
                done();
            } else if ("chunked".equalsIgnoreCase(header("Transfer-Encoding"))) {
                state = State.CHUNK_SIZE;
            } else if (length != null) {
                remaining = Long.parseLong(length);
                state = State.BODY;
            } else {
                state = State.TO_CLOSE;
            }
        }

        void done() {
            finished();
            head.clear();
            count = 0;
            state = State.HEAD;
        }

        abstract void finished();

        void end() {
            if (state == State.TO_CLOSE) {
                done();
            }
        }
    }

    private static final class RequestReader extends Reader {
        private final Deque<String> pending;

        RequestReader(Deque<String> pending) {
            this.pending = pending;
        }

        @Override
        void headEnded() {
            synchronized (pending) {
                pending.add(head.getFirst().replaceFirst(" HTTP/1\\.1$", ""));
            }
            body("GET".equals(head.getFirst().split(" ")[0]) && header("Content-Length") == null);
        }

        @Override
        void finished() {
            // counted with its response
        }
    }

    private final class ResponseReader extends Reader {
        private final Deque<String> pending;
        private int status;

        ResponseReader(Deque<String> pending) {
            this.pending = pending;
        }

        @Override
        void headEnded() {
            status = Integer.parseInt(head.getFirst().split(" ")[1]);
            String request;
            synchronized (pending) {
                request = pending.isEmpty() ? "?" : pending.peekFirst();
            }
            body(request.startsWith("HEAD ") || status / 100 == 1 || status == 204 || status == 304);
        }

        @Override
        void finished() {
            String request;
            synchronized (pending) {
                request = pending.isEmpty() ? "?" : pending.removeFirst();
            }
            String encoding = header("Content-Encoding");
            record(new Exchange(request, status, count, encoding == null ? "-" : encoding));
        }
    }
}
