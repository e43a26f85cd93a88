package se.samverkan.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AccessiblePdfTest {

    private static final String BODY = """
            <h1>Uppföljning av samverkansöverenskommelse</h1>
            <p>Diarienummer KS 2019/656. Period 2026-01-01 – 2026-06-30.</p>
            <h2>Sammanfattning per område</h2>
            <table>
              <caption>Åtgärder per status</caption>
              <thead><tr><th scope="col">Område</th><th scope="col" class="number">Pågår</th></tr></thead>
              <tbody><tr><td>Trygghet i offentlig miljö</td><td class="number">4</td></tr>
                     <tr><td>Ungdomar &amp; brott</td><td class="number">2</td></tr></tbody>
            </table>
            <h2>Försenade åtgärder</h2>
            <ul><li>Trygghetsvandring i Högdalen</li><li>Belysning vid Årstaberg</li></ul>
            """;

    private static final byte[] PDF = AccessiblePdf.render(
            AccessiblePdf.Document.of("Uppföljning KS 2019/656", Locale.forLanguageTag("sv"), BODY)
                    .withSubject("Rapport till styrelsen").withAuthor("Stockholms stad"));

    @Test
    void passesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(PDF)).isEmpty();
    }

    @Test
    void passesVeraPdfsPdfA3aProfile() {
        assertThat(PdfChecks.pdfA3aFailures(PDF)).isEmpty();
    }

    @Test
    void aDocumentWithoutTagsFailsTheCheck() {
        // the check can fail: a PDF made without the accessibility settings is not PDF/UA
        byte[] untagged = PdfTestSupport.untagged(BODY);
        assertThat(PdfChecks.pdfUaFailures(untagged)).isNotEmpty();
    }

    @Test
    void itsTextIsExtractableWithSwedishLetters() {
        String text = PdfChecks.text(PDF);
        assertThat(text).contains("Uppföljning av samverkansöverenskommelse", "KS 2019/656",
                "Trygghet i offentlig miljö", "Ungdomar & brott", "Belysning vid Årstaberg");
    }

    @Test
    void declaresTitleAndLanguage() {
        assertThat(PdfChecks.titleAndLanguage(PDF)).containsExactly("Uppföljning KS 2019/656", "sv");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotCarry() {
        assertThat(AccessiblePdf.escape("<b>\"a\" & 'b'\u0001</b>"))
                .isEqualTo("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
    }
}
