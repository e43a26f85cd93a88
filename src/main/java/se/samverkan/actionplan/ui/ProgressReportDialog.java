package se.samverkan.actionplan.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.UploadHandler;

import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ProgressReportDraft;
import se.samverkan.actionplan.ProgressReportService;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.actionplan.UploadedFile;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.ServiceErrors;

/** A new progress report: the date, what happened, where the item now stands, and files that show it. */
class ProgressReportDialog extends Dialog {

    private final DatePicker reportedOn = ComponentTexts.localized(new DatePicker());
    private final TextArea summary = new TextArea();
    private final RadioButtonGroup<ActionItemStatus> status = new RadioButtonGroup<>();
    private final IntegerField progress = new IntegerField();
    private final RadioButtonGroup<TrafficLight> light = new RadioButtonGroup<>();
    private final Span attachmentsError = new Span();
    private final List<UploadedFile> files = new CopyOnWriteArrayList<>();

    ProgressReportDialog(ProgressReportService reports, ActionItemDetails item, Runnable afterSave) {
        setHeaderTitle(getTranslation("progressReport.new.heading", item.title()));
        ProgressReportDraft draft = reports.newDraft(item.id());
        BeanValidationBinder<ProgressReportDraft> binder = new BeanValidationBinder<>(ProgressReportDraft.class);

        reportedOn.setLabel(getTranslation("progressReport.reportedOn"));
        reportedOn.setLocale(getLocale());
        reportedOn.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("progressReport.summary"));
        summary.setHelperText(getTranslation("progressReport.summary.help"));
        summary.setMaxLength(ActionItemDraft.TEXT_MAX);
        summary.setRequiredIndicatorVisible(true);
        status.setLabel(getTranslation("actionItem.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemEnabledProvider(s -> item.status().canMoveTo(s));
        status.setItemLabelGenerator(s -> getTranslation("actionItem.status." + s.name()));
        progress.setLabel(getTranslation("actionItem.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        light.setLabel(getTranslation("actionItem.trafficLight"));
        light.setItems(TrafficLight.values());
        light.setItemLabelGenerator(l -> getTranslation("actionItem.trafficLight." + l.name()));
        light.setHelperText(getTranslation("progressReport.light.help"));

        binder.forField(reportedOn).bind("reportedOn");
        binder.forField(summary).bind("summary");
        binder.forField(status).bind("status");
        binder.forField(progress).bind("progress");
        binder.forField(light).bind("trafficLight");
        binder.readBean(draft);

        Upload upload = upload();
        attachmentsError.addClassName("field-error");
        attachmentsError.setVisible(false);
        FormLayout form = new FormLayout(reportedOn, status, progress, light, summary, upload, attachmentsError);
        form.setColspan(summary, 2);
        form.setColspan(light, 2);
        form.setColspan(upload, 2);
        form.setColspan(attachmentsError, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            if (binder.writeBeanIfValid(draft)) {
                Map<String, HasValidation> fields = Map.of("reportedOn", reportedOn, "summary", summary,
                        "status", status, "progress", progress, "trafficLight", light);
                attachmentsError.setVisible(false);
                boolean saved = ServiceErrors.attempt(this, fields, () -> {
                    try {
                        reports.addReport(item.id(), draft, List.copyOf(files));
                    } catch (se.samverkan.base.validation.ValidationException e) {
                        e.errors().stream().filter(error -> "attachments".equals(error.field())).findFirst()
                                .ifPresent(error -> {
                                    attachmentsError.setText(getTranslation(error.messageKey(),
                                            error.parameters().toArray()));
                                    attachmentsError.setVisible(true);
                                });
                        throw e;
                    }
                });
                if (saved) {
                    close();
                    afterSave.run();
                }
            } else {
                binder.validate();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("min(44rem, 100vw)");
        addClassName("report-dialog");
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> files.add(new UploadedFile(metadata.fileName(), bytes))));
        upload.setMaxFiles(5);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".docx", ".xlsx", ".pptx",
                ".odt", ".ods", ".odp", ".doc", ".xls", ".ppt");
        upload.addFileRemovedListener(removed -> files.removeIf(f -> f.fileName().equals(removed.getFileName())));
        upload.getElement().setAttribute("aria-label", getTranslation("attachment.upload"));
        upload.setI18n(UploadTexts.of(this));
        upload.addClassName("attachments-upload");
        return upload;
    }
}
