package se.samverkan.base.mail;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server inside the application (GreenMail), for installations without one: mail sent to it is kept in
 * memory and never delivered further, so reminders work from the first start and the outbox shows what was sent.
 * Listens on 127.0.0.1 only. Stopping and starting it again keeps its port (tests use that for an outage).
 */
public final class EmbeddedSmtpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);
    static final String HOST = "127.0.0.1";

    private GreenMail greenMail;
    private int port;

    private EmbeddedSmtpServer(int port) {
        this.port = port;
    }

    public static EmbeddedSmtpServer start(int port) {
        EmbeddedSmtpServer server = new EmbeddedSmtpServer(port);
        server.start();
        log.info("Embedded SMTP server (GreenMail) on {}:{}: mail is kept in memory, not delivered; set "
                + "spring.mail.host to use a real server", HOST, server.port());
        return server;
    }

    public synchronized void start() {
        if (greenMail != null && greenMail.isRunning()) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        port = greenMail.getSmtp().getPort();
    }

    /** Stops accepting mail until {@link #start()}; what was received is lost. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    public synchronized boolean isRunning() {
        return greenMail != null && greenMail.isRunning();
    }

    public int port() {
        return port;
    }

    public String host() {
        return HOST;
    }

    /** Every mail received since the server (re)started. */
    public synchronized List<MimeMessage> receivedMessages() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    /** Forgets the mail received so far. */
    public synchronized void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("cannot purge the embedded SMTP server", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
