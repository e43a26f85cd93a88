package se.samverkan.followup.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.FollowUpDraft;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.FollowUpStatus;
import se.samverkan.organisation.OrganisationService;

/** Changes a scheduled follow-up (or it and the rest of its series); moving it moves its reminders. */
@Route(FollowUpListView.ROUTE + "/edit")
@PermitAll
@StyleSheet("context://styles/followup.css")
public class EditFollowUpView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FollowUpService followUps;
    private final OrganisationService organisations;
    private String title = "";

    public EditFollowUpView(FollowUpService followUps, OrganisationService organisations) {
        this.followUps = followUps;
        this.organisations = organisations;
        addClassNames("page", "follow-up-form-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        FollowUpDetails followUp = followUps.findFollowUp(id).orElse(null);
        if (followUp == null || !followUp.manageable() || followUp.status() != FollowUpStatus.SCHEDULED) {
            event.rerouteToError(NotFoundException.class, getTranslation("followUp.notFound"));
            return;
        }
        FollowUpDraft draft;
        try {
            draft = followUps.editDraft(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("followUp.notFound"));
            return;
        }
        title = getTranslation("followUp.editHeading", followUp.title());
        FollowUpForm form = new FollowUpForm(followUps, organisations, draft, false, followUp.inSeries());
        Button save = new Button(getTranslation("form.save"), click -> {
            if (form.writeDraft() && ServiceErrors.attempt(this, form.fields(),
                    () -> followUps.update(id, form.draft(), form.scope()))) {
                getUI().ifPresent(ui -> ui.navigate(FollowUpView.class, id));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(FollowUpView.class, id)));
        removeAll();
        add(new H1(title), form, new HorizontalLayout(save, cancel));
        form.focus();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
