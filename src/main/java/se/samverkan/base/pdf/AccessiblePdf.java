package se.samverkan.base.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Accessible PDF from XHTML: tagged PDF/UA-1 and PDF/A-3a, the fonts embedded, the document's title and language set.
 * Swedish public bodies must publish accessible documents; every PDF the product hands out goes through here.
 *
 * <p>The body is well-formed XHTML written by the caller (escape every value with {@link #escape(String)}); use real
 * structure — headings in order, {@code <table>} with {@code <th scope="col">} and a {@code <caption>}, lists, and
 * {@code <img alt="…">} for pictures (opaque PNG as a data URI) — since the tags come from it. Text is set in the
 * embedded DejaVu Sans (regular and bold; no italics), which PDF/A requires of every glyph.
 */
public final class AccessiblePdf {

    /** The family name the embedded fonts are registered under; the base style sheet uses it. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String BASE_CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                                    font-size: 8pt; color: #444; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; color: #111; }
            h1 { font-size: 20pt; margin: 0 0 6mm 0; }
            h2 { font-size: 14pt; margin: 8mm 0 3mm 0; }
            h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
            th, td { border: 0.5pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; font-weight: bold; }
            td.number, th.number { text-align: right; }
            tr { page-break-inside: avoid; }
            img { max-width: 100%; }
            .page-break { page-break-before: always; }
            """;

    private AccessiblePdf() {
    }

    /**
     * One document to render.
     *
     * @param title    the document title (shown as the window title and read first by screen readers)
     * @param language the document's language ({@code lang} and the PDF's /Lang)
     * @param subject  a one-line description for the document properties, or null
     * @param author   the author (an organisation) for the document properties, or null
     * @param css      extra style rules, or null
     * @param body     the XHTML inside {@code <body>}
     */
    public record Document(String title, Locale language, String subject, String author, String css, String body) {
        public Document {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(body, "body");
        }

        public static Document of(String title, Locale language, String body) {
            return new Document(title, language, null, null, null, body);
        }

        public Document withSubject(String newSubject) {
            return new Document(title, language, newSubject, author, css, body);
        }

        public Document withAuthor(String newAuthor) {
            return new Document(title, language, subject, newAuthor, css, body);
        }

        public Document withCss(String newCss) {
            return new Document(title, language, subject, author, newCss, body);
        }
    }

    /** The document as PDF bytes. */
    public static byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    /** Writes the document as PDF to {@code out} (not closed). */
    public static void render(Document document, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // the tags (structure tree), /Lang, the title shown, alternative texts: PDF/UA-1
                .usePdfUaAccessibility(true)
                // PDF/A-3a needs an output intent with a colour profile: the JDK's own sRGB profile
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(SRGB)
                .useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml(document), null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full XHTML page that is rendered (visible for tests and debugging). */
    static String xhtml(Document d) {
        StringBuilder html = new StringBuilder(d.body().length() + 2048);
        String lang = d.language().toLanguageTag();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(lang))
                .append("\" xml:lang=\"").append(escape(lang)).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(d.title())).append("</title>");
        if (d.subject() != null) {
            html.append("<meta name=\"subject\" content=\"").append(escape(d.subject())).append("\"/>");
        }
        if (d.author() != null) {
            html.append("<meta name=\"author\" content=\"").append(escape(d.author())).append("\"/>");
        }
        html.append("<style>").append(BASE_CSS);
        if (d.css() != null) {
            html.append(d.css());
        }
        html.append("</style></head><body>").append(d.body()).append("</body></html>");
        return html.toString();
    }

    /** Escapes text for XHTML content and attribute values; drops characters XML cannot carry. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static InputStream font(String file) {
        InputStream in = AccessiblePdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the class path: /fonts/" + file);
        }
        return in;
    }
}
