package se.samverkan.consultation.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.consultation.AnswerDetails;
import se.samverkan.consultation.AnswerDraft;
import se.samverkan.consultation.BodyAnswer;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RoundDetails;

/**
 * Recording a body's answer ({@code consultations/3/bodies/12/answer}) or changing one
 * ({@code consultation-answers/7/edit}), with Save and Cancel. Without the right to, the page is "not found".
 */
@Route("consultation-answers/:answerId([0-9]{1,18})/edit")
@RouteAlias("consultations/:roundId([0-9]{1,18})/bodies/:organisationId([0-9]{1,18})/answer")
@PermitAll
@StyleSheet("styles/consultation.css")
public class AnswerEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private String title = "";

    public AnswerEditView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassNames("page", "form-page", "consultation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long answerId = event.getRouteParameters().getLong("answerId").orElse(null);
        try {
            if (answerId != null) {
                AnswerDetails answer = consultations.findAnswer(answerId)
                        .orElseThrow(() -> new AccessDeniedException(""));
                show(getTranslation("consultation.answer.edit.heading", answer.organisationName()),
                        consultations.editAnswerDraft(answerId), answerId, Routes.answer(answerId));
            } else {
                long roundId = event.getRouteParameters().getLong("roundId").orElseThrow();
                long organisationId = event.getRouteParameters().getLong("organisationId").orElseThrow();
                RoundDetails round = consultations.findRound(roundId).orElseThrow(() -> new AccessDeniedException(""));
                BodyAnswer body = round.bodies().stream().filter(b -> b.organisationId() == organisationId)
                        .findFirst().orElseThrow(() -> new AccessDeniedException(""));
                show(getTranslation("consultation.answer.new.heading", body.organisationName()),
                        consultations.newAnswerDraft(roundId, organisationId), null, Routes.round(roundId));
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("consultation.answer.notFound"));
        }
    }

    private void show(String heading, AnswerDraft draft, Long answerId, String back) {
        title = heading;
        removeAll();
        AnswerForm form = new AnswerForm(draft);
        Button save = new Button(getTranslation("action.save"), click -> save(form, answerId));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> getUI().ifPresent(ui -> ui.navigate(back)));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(Routes.link(back, getTranslation("consultation.back")), new H1(heading), form, buttons);
    }

    private void save(AnswerForm form, Long answerId) {
        if (!form.writeDraft()) {
            ServiceErrors.notice(this, getTranslation("validation.failed"), NotificationVariant.LUMO_ERROR);
            return;
        }
        long[] saved = { answerId == null ? 0 : answerId };
        boolean ok = ServiceErrors.attempt(this, form.fields(), () -> {
            if (answerId == null) {
                saved[0] = consultations.createAnswer(form.draft());
            } else {
                consultations.updateAnswer(answerId, form.draft());
            }
        });
        if (ok) {
            ServiceErrors.notice(this, getTranslation("consultation.answer.saved"), NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(Routes.answer(saved[0])));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
