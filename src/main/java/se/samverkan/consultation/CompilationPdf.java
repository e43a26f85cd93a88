package se.samverkan.consultation;

import static se.samverkan.base.pdf.AccessiblePdf.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.samverkan.base.pdf.AccessiblePdf;

/**
 * The compilation of a round as an accessible PDF (PDF/UA-1, through {@link AccessiblePdf}): the same content as the
 * Word document — the round, a table of the bodies asked with a caption and column headers, the remarks grouped by tag
 * under real headings, each with the body, its handling and what takes it up.
 */
public final class CompilationPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private CompilationPdf() {
    }

    public static String fileName(Compilation compilation) {
        return "remiss-" + compilation.round().id() + "-sammanstallning.pdf";
    }

    public static byte[] write(Compilation compilation, Locale locale, Labels labels) {
        RoundDetails round = compilation.round();
        String title = labels.text("consultation.compilation.heading", round.title());
        StringBuilder html = new StringBuilder(8192);
        html.append("<h1>").append(escape(title)).append("</h1>");
        p(html, labels.text("consultation.round.agreement") + ": " + round.agreementTitle());
        p(html, labels.text("consultation.round.sentBy") + ": " + round.sentBy()
                + (round.diaryNumber() == null ? "" : ", " + round.diaryNumber()));
        p(html, labels.text("consultation.round.sentOn") + ": " + date(round.sentOn()) + ". "
                + labels.text("consultation.round.dueOn") + ": " + date(round.dueOn()) + ". "
                + labels.text("consultation.round.status") + ": "
                + labels.text("consultation.roundStatus." + round.status().name()) + ".");

        html.append("<h2>").append(escape(labels.text("consultation.round.bodies"))).append("</h2>");
        p(html, labels.text("consultation.round.answeredSummary", round.answered(), round.bodies().size())
                + (round.overdue() > 0 ? " " + labels.text("consultation.round.overdueSummary", round.overdue()) : ""));
        html.append("<table><caption>").append(escape(labels.text("consultation.round.bodies")))
                .append("</caption><thead><tr>");
        for (String key : List.of("consultation.body.organisation", "consultation.body.state", "consultation.body.answer")) {
            html.append("<th scope=\"col\">").append(escape(labels.text(key))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (BodyAnswer body : round.bodies()) {
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
            html.append("<tr><td>").append(escape(body.organisationName())).append("</td><td>")
                    .append(escape(labels.text("consultation.answerState." + body.state().name())
                            + (body.example() ? " (" + labels.text("consultation.answer.exampleBadge") + ")" : "")))
                    .append("</td><td>").append(escape(facts.isEmpty() ? "–" : String.join(", ", facts)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");

        html.append("<h2>").append(escape(labels.text("consultation.compilation.byTag"))).append("</h2>");
        if (compilation.groups().isEmpty()) {
            p(html, labels.text("consultation.remarks.empty"));
        }
        for (Compilation.TagGroup group : compilation.groups()) {
            String tag = group.tag() == null ? labels.text("consultation.compilation.untagged")
                    : group.tag().name(locale);
            html.append("<h3>").append(escape(tag + " (" + group.remarks().size() + ")")).append("</h3><ul>");
            for (RemarkDetails remark : group.remarks()) {
                html.append("<li><p><b>").append(escape(remark.organisationName() + ":")).append("</b> ")
                        .append(escape(remark.text())).append("</p>");
                p(html, labels.text("consultation.remark.handling") + ": "
                        + labels.text("consultation.handling." + remark.handling().name())
                        + (remark.handlingComment() == null ? "" : ". " + remark.handlingComment()));
                if (!remark.links().isEmpty()) {
                    p(html, labels.text("consultation.remark.links") + ": " + remark.links().stream()
                            .map(l -> labels.text("consultation.linkTarget." + l.target().name()) + " " + l.label())
                            .collect(Collectors.joining("; ")));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return AccessiblePdf.render(AccessiblePdf.Document.of(title, "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.of("sv", "SE"), html.toString())
                .withSubject(labels.text("consultation.compilation")).withAuthor("Samverkan")
                .withCss("li p { margin: 0 0 1mm 0; } li { margin-bottom: 3mm; }"));
    }

    private static void p(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }
}
