package se.samverkan.actionplan.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkan.actionplan.AttachmentRef;
import se.samverkan.actionplan.ProgressReportService;
import se.samverkan.actionplan.ProgressReportSummary;
import se.samverkan.base.ui.Formats;

/** An item's progress reports, newest first, each with its attachments to download. */
class ReportTimeline extends Div {

    ReportTimeline(List<ProgressReportSummary> reports, ProgressReportService service) {
        addClassName("report-timeline");
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("progressReports.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        for (ProgressReportSummary report : reports) {
            list.add(report(report, service));
        }
        add(list);
    }

    private ListItem report(ProgressReportSummary report, ProgressReportService service) {
        Span heading = new Span(Formats.date(report.reportedOn()) + " · " + report.author() + " · "
                + report.progress() + " %");
        heading.addClassName("report-heading");
        Div badges = new Div(Formats.status(this, "actionItem.status", report.status()));
        if (report.trafficLight() != null) {
            badges.add(ItemBadges.light(this, report.trafficLight()));
        }
        badges.addClassName("card-badges");
        Paragraph summary = new Paragraph(report.summary());
        summary.addClassName("multiline");
        ListItem item = new ListItem(heading, badges, summary);
        item.addClassName("report");
        if (!report.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            files.addClassName("attachments");
            files.getElement().setAttribute("aria-label", getTranslation("attachment.list"));
            for (AttachmentRef attachment : report.attachments()) {
                files.add(new ListItem(download(attachment, service)));
            }
            item.add(files);
        }
        return item;
    }

    /** Read again, with the reader's permission checked, when the link is followed. */
    private Anchor download(AttachmentRef attachment, ProgressReportService service) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> service.openAttachment(attachment.id())
                .map(content -> new DownloadResponse(new ByteArrayInputStream(content.content()),
                        content.fileName(), content.mediaType(), content.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, attachment.fileName() + " ("
                + getTranslation("attachment.kilobytes", Math.max(1, attachment.sizeBytes() / 1024)) + ")");
        link.addClassName("attachment-link");
        return link;
    }
}
