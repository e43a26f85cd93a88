package se.samverkan.report.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.validation.ValidationException;
import se.samverkan.report.BoardReportService;
import se.samverkan.report.ReportTexts;

/**
 * The follow-up report for a board meeting: choose the agreement (preset by {@code ?agreement=ID}, as the agreement
 * page links here) and the period; the PDF is made off the UI thread and offered for download.
 */
@Route("board-report")
@PermitAll
public class BoardReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardReportService reports;
    private final ReportJobs jobs;
    private final ComboBox<AgreementRef> agreement = new ComboBox<>();
    private final DatePicker from = ComponentTexts.localized(new DatePicker());
    private final DatePicker to = ComponentTexts.localized(new DatePicker());
    private final Button create = new Button();
    private final JobStatus status = new JobStatus();
    private final List<AgreementRef> readable;

    public BoardReportView(BoardReportService reports, AgreementService agreements, ReportJobs jobs) {
        this.reports = reports;
        this.jobs = jobs;
        addClassNames("page", "board-report-page");
        readable = agreements.findRefs(null);
        agreement.setLabel(getTranslation("board.agreement"));
        agreement.setItems(readable);
        agreement.setItemLabelGenerator(AgreementRef::title);
        agreement.setRequired(true);
        agreement.setWidthFull();
        from.setLabel(getTranslation("board.from"));
        to.setLabel(getTranslation("board.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setRequired(true);
        }
        // an emptied field says what is missing, as the button's check does
        from.setI18n(ComponentTexts.datePicker(getLocale())
                .setRequiredErrorMessage(getTranslation("board.error.from")));
        to.setI18n(ComponentTexts.datePicker(getLocale()).setRequiredErrorMessage(getTranslation("board.error.to")));
        LocalDate[] period = reports.defaultPeriod();
        from.setValue(period[0]);
        to.setValue(period[1]);
        create.setText(getTranslation("board.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> start());
        FormLayout form = new FormLayout(agreement, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(agreement, 2);
        add(new H1(getTranslation("board.heading")), new Paragraph(getTranslation("board.intro")), form, create,
                status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("agreement").flatMap(this::number)
                .flatMap(id -> readable.stream().filter(a -> a.id() == id).findFirst())
                .ifPresentOrElse(agreement::setValue, () -> {
                    if (readable.size() == 1) {
                        agreement.setValue(readable.getFirst());
                    }
                });
    }

    private java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private boolean valid() {
        agreement.setInvalid(agreement.getValue() == null);
        agreement.setErrorMessage(getTranslation("board.error.agreement"));
        // a message is set only where something is wrong: a message once set would stay in place of the field's own
        boolean fromMissing = from.getValue() == null;
        from.setErrorMessage(fromMissing ? getTranslation("board.error.from") : "");
        from.setInvalid(fromMissing);
        boolean toMissing = to.getValue() == null;
        boolean reversed = !toMissing && from.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setErrorMessage(toMissing ? getTranslation("board.error.to")
                : reversed ? getTranslation("board.error.period") : "");
        to.setInvalid(toMissing || reversed);
        return !agreement.isInvalid() && !from.isInvalid() && !to.isInvalid();
    }

    private void start() {
        if (!valid()) {
            return;
        }
        long id = agreement.getValue().id();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        ReportTexts texts = Texts.of(getLocale());
        create.setEnabled(false);
        status.working(getTranslation("board.working"), 0);
        jobs.start(UI.getCurrent(), progress -> new Made(reports.render(id, first, last, texts),
                reports.fileName(id, texts)), done -> { }, made -> {
                    create.setEnabled(true);
                    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(made.pdf()), made.fileName(), "application/pdf",
                            made.pdf().length)), getTranslation("board.download", made.fileName()));
                    download.addClassName("download-link");
                    status.done(getTranslation("board.ready", Math.max(1, made.pdf().length / 1024)), download);
                }, failure -> {
                    create.setEnabled(true);
                    if (failure instanceof ValidationException invalid) {
                        to.setInvalid(true);
                        to.setErrorMessage(getTranslation(invalid.getMessage()));
                        status.failed("");
                    } else {
                        status.failed(getTranslation("board.failed"));
                    }
                });
    }

    private record Made(byte[] pdf, String fileName) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.heading") + " – " + getTranslation("app.name");
    }
}
