package se.samverkan.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ItemUpdatesRefusedException;
import se.samverkan.report.ImportPreview;
import se.samverkan.report.ImportService;

/**
 * Import of an edited export: upload, a preview of every row's changes and errors (checked off the UI thread, with
 * progress), then saving all or nothing. Only for those who may change items.
 */
@Route("action-items/import")
@PermitAll
public class ItemImportView extends Main implements HasDynamicTitle {

    private final ImportService imports;
    private final ReportJobs jobs;
    private final JobStatus status = new JobStatus();
    private final ImportPreviewGrid grid = new ImportPreviewGrid();
    private final Paragraph summary = new Paragraph();
    private final Button apply = new Button();
    private Upload upload;
    private ImportPreview preview;

    public ItemImportView(ImportService imports, ReportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        addClassNames("page", "import-page");
        Anchor back = new Anchor("action-items", getTranslation("export.back"));
        add(back, new H1(getTranslation("import.heading")));
        if (!imports.canImport()) {
            add(new Paragraph(getTranslation("import.notAllowed")));
            return;
        }
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> check(ui, bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.dropHere")));
        upload.setI18n(i18n);
        upload.addClassName("import-upload");
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(click -> apply());
        summary.getElement().setAttribute("role", "status");
        grid.setVisible(false);
        add(new Paragraph(getTranslation("import.intro")), upload, status, summary, apply, grid);
    }

    private void check(UI ui, byte[] bytes) {
        // one file at a time: the list is cleared so that a corrected file can be uploaded next
        upload.clearFileList();
        preview = null;
        apply.setVisible(false);
        grid.setVisible(false);
        summary.setText("");
        status.working(getTranslation("import.checking", 0), 0);
        jobs.start(ui, progress -> imports.preview(bytes, Texts.all(), progress),
                done -> status.progress(done, getTranslation("import.checking", done)), this::show,
                failure -> status.failed(getTranslation("import.error.unreadable")));
    }

    private void show(ImportPreview shown) {
        preview = shown;
        status.done("");
        if (!shown.fileErrors().isEmpty()) {
            summary.setText(shown.fileErrors().stream().map(e -> getTranslation(e.messageKey(),
                    e.parameters().toArray())).reduce((a, b) -> a + " " + b).orElse(""));
            return;
        }
        grid.show(shown);
        grid.setVisible(shown.changedRows() + shown.refusedRows() > 0);
        String line = getTranslation("import.summary", shown.changedRows(), shown.refusedRows());
        if (shown.refusedRows() > 0) {
            line += " " + getTranslation("import.fixErrors");
        } else if (shown.changedRows() == 0) {
            line += " " + getTranslation("import.noChanges");
        }
        summary.setText(line);
        apply.setVisible(shown.canApply());
    }

    private void apply() {
        ImportPreview applied = preview;
        if (applied == null || !applied.canApply()) {
            return;
        }
        apply.setEnabled(false);
        status.working(getTranslation("import.apply"), 0);
        jobs.start(UI.getCurrent(), progress -> imports.apply(applied), done -> { }, changed -> {
            apply.setEnabled(true);
            apply.setVisible(false);
            preview = null;
            grid.setVisible(false);
            status.done("");
            summary.setText(getTranslation("import.applied", changed));
        }, failure -> {
            apply.setEnabled(true);
            if (failure instanceof ItemUpdatesRefusedException refused) {
                show(imports.refused(applied, refused.results()));
                status.done(getTranslation("import.refused"));
            } else {
                status.failed(getTranslation("error.notAllowed"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " – " + getTranslation("app.name");
    }
}
