package se.samverkan.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** A PDF made from the same page without the accessibility settings, to show that the checks can fail. */
final class PdfTestSupport {

    private PdfTestSupport() {
    }

    static byte[] untagged(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode()
                    .withHtmlContent(AccessiblePdf.xhtml(AccessiblePdf.Document.of("x", Locale.ENGLISH, body))
                            .replace("font-family: 'DejaVu Sans';", ""), null)
                    .toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
