package se.samverkan.consultation.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RemarkDetails;
import se.samverkan.consultation.RemarkService;

/**
 * One remark and how it was handled: the point made, by which body in which round, its tags, its handling with the
 * reason, and links to what takes it up. Managers of the agreement change or remove it.
 */
@Route("consultation-remarks")
@PermitAll
@StyleSheet("styles/consultation.css")
public class RemarkView extends DetailView<RemarkDetails> {

    private final RemarkService remarks;
    private final ConsultationService consultations;
    private final AgreementService agreements;
    private final ActionPlanService actionPlans;

    public RemarkView(RemarkService remarks, ConsultationService consultations, AgreementService agreements,
            ActionPlanService actionPlans) {
        addClassName("consultation-page");
        this.remarks = remarks;
        this.consultations = consultations;
        this.agreements = agreements;
        this.actionPlans = actionPlans;
    }

    @Override
    protected Optional<RemarkDetails> load(long id) {
        return remarks.findRemark(id);
    }

    @Override
    protected String notFoundKey() {
        return "consultation.remark.notFound";
    }

    @Override
    protected String title(RemarkDetails remark) {
        return getTranslation("consultation.remark.heading", remark.position(), remark.organisationName());
    }

    @Override
    protected void render(RemarkDetails remark) {
        add(Routes.link(Routes.answer(remark.answerId()),
                getTranslation("consultation.answer.heading", remark.organisationName())));
        add(new H1(title(remark)));
        add(new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("consultation.remark.inRound") + " "),
                Routes.link(Routes.round(remark.roundId()), remark.roundTitle())));
        Paragraph text = new Paragraph(remark.text());
        text.addClassNames("multiline", "remark-text");
        add(text, Badges.tags(this, getLocale(), remark.tags()));
        if (remark.editable()) {
            add(actions(remark));
        }
        add(new H2(getTranslation("consultation.remark.handling")));
        Div handling = new Div(Badges.handling(this, remark.handling()));
        handling.addClassName("card-badges");
        add(handling);
        if (remark.handlingComment() != null) {
            Paragraph comment = new Paragraph(remark.handlingComment());
            comment.addClassName("multiline");
            add(comment);
        }
        if (!remark.links().isEmpty()) {
            add(new H2(getTranslation("consultation.remark.links")), Badges.links(this, remark.links()));
        }
    }

    private Div actions(RemarkDetails remark) {
        Button edit = new Button(getTranslation("consultation.remark.edit"), UiIcon.EDIT.create(), click -> {
            long agreementId = consultations.findRound(remark.roundId()).orElseThrow().agreementId();
            new RemarkDialog(remarks, agreements, actionPlans, agreementId, remark.links(),
                    remarks.editRemarkDraft(remark.id()), draft -> remarks.updateRemark(remark.id(), draft),
                    this::refresh).open();
        });
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("consultation.remark.delete"), UiIcon.TRASH.create(),
                click -> confirmDelete(remark));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div bar = new Div(edit, delete);
        bar.addClassName("item-actions");
        return bar;
    }

    private void confirmDelete(RemarkDetails remark) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("consultation.remark.delete.heading"),
                getTranslation("consultation.remark.delete.text"), getTranslation("consultation.remark.delete"),
                event -> {
                    if (ServiceErrors.attempt(this, Map.of(),
                            () -> remarks.deleteRemark(remark.id(), remark.version()))) {
                        getUI().ifPresent(ui -> ui.navigate(Routes.answer(remark.answerId())));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
