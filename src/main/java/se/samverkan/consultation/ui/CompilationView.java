package se.samverkan.consultation.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.BodyAnswer;
import se.samverkan.consultation.Compilation;
import se.samverkan.consultation.CompilationDocx;
import se.samverkan.consultation.CompilationPdf;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RemarkDetails;

/**
 * A round compiled: the bodies asked and whether each answered, then every remark grouped by tag with the body, its
 * handling and what takes it up; to download as an accessible PDF (PDF/UA-1) and as a Word document. The files are compiled
 * anew, with the reader's permissions, when the link is followed.
 */
@Route("consultations/:roundId([0-9]{1,18})/compilation")
@PermitAll
@StyleSheet("styles/consultation.css")
public class CompilationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private String title = "";

    public CompilationView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassNames("page", "compilation-page", "consultation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        Compilation compilation = consultations.compile(roundId).orElse(null);
        if (compilation == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("consultation.round.notFound"));
            return;
        }
        show(compilation);
    }

    private void show(Compilation compilation) {
        removeAll();
        title = getTranslation("consultation.compilation.heading", compilation.round().title());
        add(Routes.link(Routes.round(compilation.round().id()), compilation.round().title()), new H1(title));
        add(downloads(compilation.round().id()));
        Section bodies = new Section(new H2(getTranslation("consultation.round.bodies")));
        bodies.add(new Paragraph(getTranslation("consultation.round.answeredSummary", compilation.round().answered(),
                compilation.round().bodies().size()) + (compilation.round().overdue() > 0 ? " "
                        + getTranslation("consultation.round.overdueSummary", compilation.round().overdue()) : "")));
        UnorderedList list = new UnorderedList();
        list.addClassName("compact-list");
        for (BodyAnswer body : compilation.round().bodies()) {
            ListItem item = new ListItem(new Span(body.organisationName() + " "), Badges.state(this, body.state()));
            if (body.example()) {
                item.add(new Span(" "), Badges.example(this));
            }
            list.add(item);
        }
        bodies.add(list);
        add(bodies);
        Section byTag = new Section(new H2(getTranslation("consultation.compilation.byTag")));
        if (compilation.groups().isEmpty()) {
            byTag.add(new Paragraph(getTranslation("consultation.remarks.empty")));
        }
        for (Compilation.TagGroup group : compilation.groups()) {
            String tag = group.tag() == null ? getTranslation("consultation.compilation.untagged")
                    : group.tag().name(getLocale());
            byTag.add(new H3(tag + " (" + group.remarks().size() + ")"));
            UnorderedList remarks = new UnorderedList();
            remarks.addClassName("remark-list");
            group.remarks().forEach(remark -> remarks.add(remark(remark)));
            byTag.add(remarks);
        }
        add(byTag);
    }

    private ListItem remark(RemarkDetails remark) {
        Span who = new Span(remark.organisationName() + ": ");
        who.addClassName("remark-body");
        ListItem item = new ListItem(new Paragraph(who, Routes.link(Routes.remark(remark.id()), remark.text())));
        Div handling = new Div(Badges.handling(this, remark.handling()));
        handling.addClassName("card-badges");
        item.add(handling);
        if (remark.handlingComment() != null) {
            item.add(new Paragraph(remark.handlingComment()));
        }
        if (!remark.links().isEmpty()) {
            item.add(Badges.links(this, remark.links()));
        }
        item.addClassName("remark-card");
        return item;
    }

    private Div downloads(long roundId) {
        Locale locale = getLocale();
        DownloadHandler docx = DownloadHandler.fromInputStream(event -> consultations.compile(roundId)
                .map(compilation -> {
                    byte[] bytes = CompilationDocx.write(compilation, locale,
                            (key, parameters) -> getTranslation(locale, key, parameters));
                    return new DownloadResponse(new ByteArrayInputStream(bytes), CompilationDocx.fileName(compilation),
                            CompilationDocx.MEDIA_TYPE, bytes.length);
                })
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> consultations.compile(roundId)
                .map(compilation -> {
                    byte[] bytes = CompilationPdf.write(compilation, locale,
                            (key, parameters) -> getTranslation(locale, key, parameters));
                    return new DownloadResponse(new ByteArrayInputStream(bytes), CompilationPdf.fileName(compilation),
                            CompilationPdf.MEDIA_TYPE, bytes.length);
                })
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        Div bar = new Div(download(pdf, "consultation.compilation.pdf"), download(docx, "consultation.compilation.docx"));
        bar.addClassName("item-actions");
        return bar;
    }

    private Anchor download(DownloadHandler handler, String labelKey) {
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(UiIcon.DOWNLOAD.create(), new Span(getTranslation(labelKey)));
        link.addClassName("button-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
