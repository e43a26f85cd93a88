package se.samverkan.followup;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes reminder mails in the recipient's language, as plain text and HTML: the subject names the follow-up, the
 * body lists the items with their due dates and direct links into the application (under the configured public base
 * URL), and the footer says why the recipient gets the mail and how to change how they get them.
 */
@Component
class MailRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int SUBJECT_MAX = 250;

    private final String baseUrl;

    MailRenderer(@Value("${samverkan.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    RenderedMail render(Recipient to, ReminderMode mode, List<MailSection> sections) {
        String lang = to.language();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(subject(lang, mode, sections))).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;color:#1f2933\">");

        String greeting = MailTexts.get(lang, "mail.greeting", to.name());
        String intro = MailTexts.get(lang, mode == ReminderMode.DIGEST ? "mail.intro.digest" : "mail.intro.single");
        text.append(greeting).append("\n\n").append(intro).append("\n");
        html.append("<p>").append(esc(greeting)).append("</p><p>").append(esc(intro)).append("</p>");

        for (MailSection section : sections) {
            section(lang, section, text, html);
        }
        footer(to, mode, sections, text, html);
        html.append("</body></html>");
        return new RenderedMail(subject(lang, mode, sections), text.toString(), html.toString());
    }

    String subject(String lang, ReminderMode mode, List<MailSection> sections) {
        String subject;
        if (mode == ReminderMode.DIGEST) {
            subject = MailTexts.get(lang, "mail.subject.digest", titles(sections));
        } else if (sections.size() == 1) {
            MailSection only = sections.getFirst();
            subject = MailTexts.get(lang, "mail.subject." + only.kind().name(), only.followUp().title(),
                    only.followUp().date().toString());
        } else {
            subject = MailTexts.get(lang, "mail.subject.several", titles(sections));
        }
        return subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
    }

    private static String titles(List<MailSection> sections) {
        return sections.stream().map(s -> s.followUp().title()).distinct().collect(Collectors.joining(", "));
    }

    private void section(String lang, MailSection s, StringBuilder text, StringBuilder html) {
        FollowUpFacts f = s.followUp();
        String when = MailTexts.get(lang, "mail.when", f.date().toString(), TIME.format(f.startTime()));
        String where = f.place() == null ? null : MailTexts.get(lang, "mail.where", f.place());
        String deadline = MailTexts.get(lang, "mail.deadline", f.reportDeadline().toString());
        String lead = s.kind() == ReminderKind.REPORT_DUE
                ? MailTexts.get(lang, "mail.lead.REPORT_DUE", s.since().toString())
                : MailTexts.get(lang, "mail.lead.REPORTS_MISSING", s.since().toString());
        String followUpLink = baseUrl + "/follow-ups/" + f.id();

        text.append("\n== ").append(f.title()).append(" – ").append(f.agreementTitle()).append(" ==\n")
                .append(when).append('\n');
        if (where != null) {
            text.append(where).append('\n');
        }
        if (f.meetingUrl() != null) {
            text.append(MailTexts.get(lang, "mail.meetingLink")).append(": ").append(f.meetingUrl()).append('\n');
        }
        text.append(deadline).append("\n\n").append(lead).append('\n');

        html.append("<h2 style=\"font-size:1.2em\">").append(esc(f.title())).append("</h2><p>")
                .append(esc(f.agreementTitle())).append("<br>").append(esc(when));
        if (where != null) {
            html.append("<br>").append(esc(where));
        }
        if (f.meetingUrl() != null) {
            html.append("<br><a href=\"").append(esc(f.meetingUrl())).append("\">")
                    .append(esc(MailTexts.get(lang, "mail.meetingLink"))).append("</a>");
        }
        html.append("<br><strong>").append(esc(deadline)).append("</strong></p><p>").append(esc(lead))
                .append("</p><ul>");

        for (ScopeItem item : s.items()) {
            String due = item.dueDate() == null ? MailTexts.get(lang, "mail.item.noDueDate")
                    : MailTexts.get(lang, "mail.item.due", item.dueDate().toString());
            String who = s.kind() == ReminderKind.REPORTS_MISSING && item.responsible() != null
                    ? ", " + MailTexts.get(lang, "mail.item.responsible", item.responsible()) : "";
            String link = baseUrl + "/action-items/" + item.id();
            text.append(" - ").append(item.title()).append(" (").append(due).append(who).append(")\n   ")
                    .append(link).append('\n');
            html.append("<li><a href=\"").append(esc(link)).append("\">").append(esc(item.title())).append("</a> (")
                    .append(esc(due)).append(esc(who)).append(")</li>");
        }
        String open = MailTexts.get(lang, "mail.openFollowUp");
        text.append('\n').append(open).append(": ").append(followUpLink).append('\n');
        html.append("</ul><p><a href=\"").append(esc(followUpLink)).append("\">").append(esc(open))
                .append("</a></p>");
    }

    private void footer(Recipient to, ReminderMode mode, List<MailSection> sections, StringBuilder text,
            StringBuilder html) {
        String lang = to.language();
        boolean manager = sections.stream().anyMatch(s -> s.kind() == ReminderKind.REPORTS_MISSING);
        boolean responsible = sections.stream().anyMatch(s -> s.kind() == ReminderKind.REPORT_DUE);
        StringBuilder why = new StringBuilder();
        if (responsible) {
            why.append(MailTexts.get(lang, "mail.why.REPORT_DUE"));
        }
        if (manager) {
            why.append(why.isEmpty() ? "" : " ").append(MailTexts.get(lang, "mail.why.REPORTS_MISSING"));
        }
        String how = MailTexts.get(lang, mode == ReminderMode.DIGEST ? "mail.how.digest" : "mail.how.single");
        String settings = baseUrl + "/profile/reminders";
        String change = to.hasAccount() ? MailTexts.get(lang, "mail.change", settings)
                : MailTexts.get(lang, "mail.change.noAccount");
        text.append("\n-- \n").append(why).append(' ').append(how).append(' ').append(change).append('\n');
        html.append("<hr><p style=\"font-size:0.9em;color:#4a5560\">").append(esc(why.toString())).append(' ')
                .append(esc(how)).append(' ');
        if (to.hasAccount()) {
            html.append(esc(MailTexts.get(lang, "mail.change.html"))).append(" <a href=\"").append(esc(settings))
                    .append("\">").append(esc(settings)).append("</a>");
        } else {
            html.append(esc(change));
        }
        html.append("</p>");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
