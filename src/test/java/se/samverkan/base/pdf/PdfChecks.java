package se.samverkan.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * For tests of generated PDFs: veraPDF's verdict for a profile (PDF/UA-1, PDF/A-3a) and the text PDFBox extracts.
 * Shared by every feature that hands out PDFs.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The failed rules of the profile, as readable lines (clause, rule and message); empty when compliant. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.getPDFAFlavour() != flavour) {
                // veraPDF falls back silently when a rule set cannot be loaded (JAXB on the class path): say so
                throw new IllegalStateException("veraPDF validated " + result.getPDFAFlavour() + ", not " + flavour);
            }
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct()
                    .toList();
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, with no failed assertion reported");
            }
            return failed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }

    /** PDF/UA-1 failures. */
    public static List<String> pdfUaFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** PDF/A-3a failures. */
    public static List<String> pdfA3aFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_3_A);
    }

    /**
     * The text of every page, in reading order, as PDFBox extracts it, with each run of white space (line breaks
     * where the layout wrapped a line) made one space.
     */
    public static String text(byte[] pdf) {
        return rawText(pdf).replaceAll("\\s+", " ");
    }

    /** The text of every page as PDFBox extracts it, line breaks and all. */
    public static String rawText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's title and language as the PDF declares them. */
    public static String[] titleAndLanguage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new String[] {document.getDocumentInformation().getTitle(),
                    document.getDocumentCatalog().getLanguage()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
