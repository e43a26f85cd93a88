package se.samverkan.base.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an invalid address such as {@code /..;/x} or
 * {@code %00}, headers too large) get the same short page in Swedish and English, instead of Tomcat's English report
 * with its server name: Tomcat's error report serves {@code error/request-refused.html} for every status.
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String PAGE = "error/request-refused.html";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path page = copyPage();
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                ErrorReportValve valve = new ErrorReportValve();
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                // errorCode.0: the page for every status that has none of its own
                valve.setProperty("errorCode.0", page.toString());
                // the host adds no report valve of its own when it finds this one
                host.getPipeline().addValve(valve);
            }
        });
    }

    /** Tomcat reads the page from a file: it is written to the temp dir once per start. */
    private static Path copyPage() {
        try (InputStream in = TomcatErrorReport.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing");
            }
            Path file = Files.createTempFile("samverkan-request-refused", ".html");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the error page", e);
        }
    }
}
