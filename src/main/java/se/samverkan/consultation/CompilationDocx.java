package se.samverkan.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The compilation of a round as a Word document (.docx): the round, a table of the bodies asked and where each stands
 * (with a header row), then the remarks grouped by tag, each with the body, its handling and what takes it up. Real
 * heading styles (Heading 1–3, with outline levels) so that screen readers and the navigation pane find the structure;
 * the document's title and language are set.
 */
public final class CompilationDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private CompilationDocx() {
    }

    public static String fileName(Compilation compilation) {
        return "remiss-" + compilation.round().id() + "-sammanstallning.docx";
    }

    public static byte[] write(Compilation compilation, Locale locale, Labels labels) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            RoundDetails round = compilation.round();
            String title = labels.text("consultation.compilation.heading", round.title());
            XWPFStyles styles = doc.createStyles();
            styles.setSpellingLanguage("en".equals(locale.getLanguage()) ? "en-GB" : "sv-SE");
            for (int level = 1; level <= 3; level++) {
                addHeadingStyle(styles, level);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Samverkan");

            heading(doc, 1, title);
            line(doc, labels.text("consultation.round.agreement") + ": " + round.agreementTitle());
            line(doc, labels.text("consultation.round.sentBy") + ": " + round.sentBy()
                    + (round.diaryNumber() == null ? "" : ", " + round.diaryNumber()));
            line(doc, labels.text("consultation.round.sentOn") + ": " + date(round.sentOn()) + ". "
                    + labels.text("consultation.round.dueOn") + ": " + date(round.dueOn()) + ". "
                    + labels.text("consultation.round.status") + ": "
                    + labels.text("consultation.roundStatus." + round.status().name()) + ".");

            heading(doc, 2, labels.text("consultation.round.bodies"));
            line(doc, labels.text("consultation.round.answeredSummary", round.answered(), round.bodies().size())
                    + (round.overdue() > 0 ? " " + labels.text("consultation.round.overdueSummary", round.overdue())
                            : ""));
            bodies(doc, round, labels);

            heading(doc, 2, labels.text("consultation.compilation.byTag"));
            if (compilation.groups().isEmpty()) {
                line(doc, labels.text("consultation.remarks.empty"));
            }
            for (Compilation.TagGroup group : compilation.groups()) {
                String tag = group.tag() == null ? labels.text("consultation.compilation.untagged")
                        : group.tag().name(locale);
                heading(doc, 3, tag + " (" + group.remarks().size() + ")");
                for (RemarkDetails remark : group.remarks()) {
                    remark(doc, remark, labels);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the compilation", e);
        }
    }

    private static void bodies(XWPFDocument doc, RoundDetails round, Labels labels) {
        XWPFTable table = doc.createTable(round.bodies().size() + 1, 3);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        cell(header, 0, labels.text("consultation.body.organisation"), true);
        cell(header, 1, labels.text("consultation.body.state"), true);
        cell(header, 2, labels.text("consultation.body.answer"), true);
        for (int i = 0; i < round.bodies().size(); i++) {
            BodyAnswer body = round.bodies().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            cell(row, 0, body.organisationName(), false);
            cell(row, 1, labels.text("consultation.answerState." + body.state().name())
                    + (body.example() ? " (" + labels.text("consultation.answer.exampleBadge") + ")" : ""), false);
            List<String> facts = new ArrayList<>();
            if (body.answeredOn() != null) {
                facts.add(labels.text("consultation.body.answeredOn", date(body.answeredOn())));
            }
            if (body.paragraph() != null) {
                facts.add(body.paragraph());
            }
            if (body.diaryNumber() != null) {
                facts.add(labels.text("consultation.body.diary", body.diaryNumber()));
            }
            cell(row, 2, facts.isEmpty() ? "–" : String.join(", ", facts), false);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().getFirst();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void remark(XWPFDocument doc, RemarkDetails remark, Labels labels) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(120);
        XWPFRun who = paragraph.createRun();
        who.setBold(true);
        who.setText(remark.organisationName() + ": ");
        paragraph.createRun().setText(remark.text());
        String handling = labels.text("consultation.remark.handling") + ": "
                + labels.text("consultation.handling." + remark.handling().name())
                + (remark.handlingComment() == null ? "" : ". " + remark.handlingComment());
        indented(doc, handling);
        if (!remark.links().isEmpty()) {
            indented(doc, labels.text("consultation.remark.links") + ": " + remark.links().stream()
                    .map(l -> labels.text("consultation.linkTarget." + l.target().name()) + " " + l.label())
                    .collect(Collectors.joining("; ")));
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static void line(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void indented(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setIndentationLeft(360);
        paragraph.createRun().setText(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    /** A paragraph style Word knows as its built-in "heading N", with the outline level that makes it a heading. */
    private static void addHeadingStyle(XWPFStyles styles, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        CTString name = CTString.Factory.newInstance();
        name.setVal("heading " + level);
        style.setName(name);
        CTString basedOn = CTString.Factory.newInstance();
        basedOn.setVal("Normal");
        style.setBasedOn(basedOn);
        CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
        priority.setVal(BigInteger.valueOf(9));
        style.setUiPriority(priority);
        style.setQFormat(CTOnOff.Factory.newInstance());
        CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
        CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
        outline.setVal(BigInteger.valueOf(level - 1));
        paragraph.setOutlineLvl(outline);
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        style.setPPr(paragraph);
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(switch (level) {
            case 1 -> 36;
            case 2 -> 30;
            default -> 26;
        }));
        XWPFStyle xwpfStyle = new XWPFStyle(style);
        xwpfStyle.setType(STStyleType.PARAGRAPH);
        styles.addStyle(xwpfStyle);
    }
}
