package se.samverkan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;
import se.samverkan.base.pdf.PdfChecks;
import se.samverkan.base.ui.TranslationProvider;

/** The compilation of KS 2019/656 as PDF: PDF/UA-1 and PDF/A-3a by veraPDF, title and language, its text readable. */
@IntegrationTest
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class CompilationPdfTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    DSLContext dsl;

    private static Labels labels(Locale locale) {
        ResourceBundle bundle = TranslationProvider.bundle(locale);
        return (key, parameters) -> parameters.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(parameters);
    }

    /**
     * The text in the order it was written (cell by cell), white space made single: a table's wrapped cells read as
     * their phrases, where reading by position would interleave neighbouring cells' lines.
     */
    private static String textInWritingOrder(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private byte[] pdf(Locale locale) {
        long roundId = dsl.fetchValue(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.DIARY_NUMBER.eq("KS 2019/656"));
        return CompilationPdf.write(consultations.compile(roundId).orElseThrow(), locale, labels(locale));
    }

    @Test
    void theSwedishCompilationIsAccessibleAndItsTextCanBeRead() throws Exception {
        byte[] pdf = pdf(TranslationProvider.SWEDISH);
        assertThat(PdfChecks.pdfUaFailures(pdf)).as("PDF/UA-1 by veraPDF").isEmpty();
        assertThat(PdfChecks.pdfA3aFailures(pdf)).as("PDF/A-3a by veraPDF").isEmpty();
        String[] titleAndLanguage = PdfChecks.titleAndLanguage(pdf);
        assertThat(titleAndLanguage[0]).startsWith("Sammanställning av remissen Förslag till övergripande");
        assertThat(titleAndLanguage[1]).isEqualTo("sv-SE");
        assertThat(PdfChecks.text(pdf)).contains("4 av 5 tillfrågade har svarat.", "Målgrupp: barn (2)");
        assertThat(textInWritingOrder(pdf)).contains("Södermalms stadsdelsförvaltning",
                "Har inte svarat i tid", "§ 13", "EÅV 2019/274", "Målgrupp: barn (2)",
                "Barn bör nämnas uttryckligen bland de särskilt utsatta brottsoffren.", "Ej tillgodosedd");
    }

    @Test
    void theEnglishCompilationSpeaksEnglish() throws Exception {
        byte[] pdf = pdf(Locale.ENGLISH);
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecks.titleAndLanguage(pdf)[1]).isEqualTo("en");
        assertThat(textInWritingOrder(pdf)).contains("Bodies asked", "Remarks by tag", "Not answered in time");
    }
}
