package se.samverkan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;

import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;
import se.samverkan.base.ui.TranslationProvider;

/** The compilation of KS 2019/656 written as .docx and read back with POI: structure, bodies, remarks by tag. */
@IntegrationTest
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class CompilationDocxTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    DSLContext dsl;

    private static Labels labels(Locale locale) {
        ResourceBundle bundle = TranslationProvider.bundle(locale);
        return (key, parameters) -> parameters.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(parameters);
    }

    private XWPFDocument written(Locale locale) throws Exception {
        long roundId = dsl.fetchValue(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.DIARY_NUMBER.eq("KS 2019/656"));
        byte[] bytes = CompilationDocx.write(consultations.compile(roundId).orElseThrow(), locale, labels(locale));
        // a .docx is a zip file
        assertThat(bytes).startsWith(0x50, 0x4B);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> headings(XWPFDocument doc, int level) {
        return doc.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    @Test
    void theSwedishDocumentHasItsStructureBodiesAndRemarksByTag() throws Exception {
        try (XWPFDocument doc = written(TranslationProvider.SWEDISH)) {
            String title = "Sammanställning av remissen Förslag till övergripande samverkansöverenskommelse mellan "
                    + "Stockholms stad och Polisregion Stockholm";
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(headings(doc, 1)).containsExactly(title);
            assertThat(headings(doc, 2)).containsExactly("Tillfrågade", "Synpunkter per tagg");
            assertThat(headings(doc, 3)).startsWith("Struktur för samverkan (1)", "Handlingsplan saknas (1)",
                    "Parallella strukturer (2)").contains("Målgrupp: barn (2)", "Resurser (1)");
            // Word knows the styles as its own headings, with outline levels
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("1");

            XWPFTable bodies = doc.getTables().getFirst();
            assertThat(bodies.getRows()).hasSize(6);
            assertThat(bodies.getRow(0).isRepeatHeader()).isTrue();
            assertThat(bodies.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Tillfrågad", "Läge", "Svar");
            assertThat(bodies.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly(
                    "Enskede-Årsta-Vantörs stadsdelsförvaltning", "Har svarat",
                    "Svarade 2019-08-23, § 13, Dnr EÅV 2019/274");
            assertThat(bodies.getRow(2).getCell(1).getText()).isEqualTo("Har svarat (Exempel)");
            assertThat(bodies.getRow(5).getTableCells()).extracting(c -> c.getText()).containsExactly(
                    "Södermalms stadsdelsförvaltning", "Har inte svarat i tid", "–");

            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("4 av 5 tillfrågade har svarat. 1 har inte svarat före sista svarsdagen.",
                    "Enskede-Årsta-Vantörs stadsdelsförvaltning: Barn bör nämnas uttryckligen bland de särskilt "
                            + "utsatta brottsoffren.",
                    "Hantering: Ej tillgodosedd. Resurser beslutas i stadens budget",
                    "Tas om hand genom: Område 6. Särskilt utsatta och sårbara brottsoffer; Åtgärd Barn som "
                            + "brottsoffer i samverkansrutinerna");
        }
    }

    @Test
    void theEnglishDocumentSpeaksEnglishAndKeepsTheNames() throws Exception {
        try (XWPFDocument doc = written(Locale.ENGLISH)) {
            assertThat(headings(doc, 2)).containsExactly("Bodies asked", "Remarks by tag");
            assertThat(headings(doc, 3)).contains("Target group: children (2)", "Gender-equality perspective (1)");
            assertThat(doc.getTables().getFirst().getRow(5).getCell(1).getText()).isEqualTo("Not answered in time");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        }
    }
}
