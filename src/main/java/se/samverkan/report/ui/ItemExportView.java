package se.samverkan.report.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemFilterParameters;
import se.samverkan.report.ExportFormat;
import se.samverkan.report.ExportService;
import se.samverkan.report.ReportTexts;

/**
 * Export of the all-items list as filtered in its URL (the list links here with the same parameters): choose a format,
 * the file is made off the UI thread with a progress bar, then offered for download.
 */
@Route("action-items/export")
@PermitAll
public class ItemExportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ExportService exports;
    private final ReportJobs jobs;
    private final Paragraph intro = new Paragraph();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Button create = new Button();
    private final JobStatus status = new JobStatus();
    private final Anchor back = new Anchor();
    private ItemFilter filter = ItemFilter.none();
    private int total;

    public ItemExportView(ExportService exports, ReportJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
        addClassNames("page", "export-page");
        format.setLabel(getTranslation("export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name()));
        format.setValue(ExportFormat.XLSX);
        create.setText(getTranslation("export.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> start());
        back.setText(getTranslation("export.back"));
        add(back, new H1(getTranslation("export.heading")), intro, format, create, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> q = event.getLocation().getQueryParameters().getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        filter = ItemFilterParameters.parse(q);
        total = exports.count(filter);
        intro.setText(getTranslation("export.intro", total));
        String query = QueryParameters.simple(q).getQueryString();
        back.setHref("action-items" + (query.isEmpty() ? "" : "?" + query));
    }

    private void start() {
        ExportFormat chosen = format.getValue() == null ? ExportFormat.XLSX : format.getValue();
        ReportTexts texts = Texts.of(getLocale());
        ItemFilter exported = filter;
        create.setEnabled(false);
        status.working(getTranslation("export.working"), total);
        jobs.start(UI.getCurrent(), progress -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            int count = exports.export(exported, chosen, texts, out, progress);
            return new Made(out.toByteArray(), exports.fileName(chosen, texts), chosen, count);
        }, done -> status.progress(done, getTranslation("export.progress", done, total)), made -> {
            create.setEnabled(true);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(made.bytes()), made.fileName(), made.format().mediaType(),
                    made.bytes().length)), getTranslation("export.download", made.fileName()));
            download.addClassName("download-link");
            status.done(getTranslation("export.ready", made.count(), Math.max(1, made.bytes().length / 1024)),
                    download);
        }, failure -> {
            create.setEnabled(true);
            status.failed(getTranslation("export.failed"));
        });
    }

    private record Made(byte[] bytes, String fileName, ExportFormat format, int count) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.heading") + " – " + getTranslation("app.name");
    }
}
