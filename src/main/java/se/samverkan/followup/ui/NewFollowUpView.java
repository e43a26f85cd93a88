package se.samverkan.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.FollowUpService;
import se.samverkan.organisation.OrganisationService;

/** A new follow-up, alone or as a series; for managers and administrators ({@code ?agreement=id} preselects). */
@Route(FollowUpListView.ROUTE + "/new")
@PermitAll
@StyleSheet("context://styles/followup.css")
public class NewFollowUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FollowUpService followUps;
    private final OrganisationService organisations;

    public NewFollowUpView(FollowUpService followUps, OrganisationService organisations) {
        this.followUps = followUps;
        this.organisations = organisations;
        addClassNames("page", "follow-up-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!followUps.canCreateFollowUps()) {
            event.rerouteToError(NotFoundException.class, getTranslation("followUp.notFound"));
            return;
        }
        Long agreementId = event.getLocation().getQueryParameters().getSingleParameter("agreement")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        FollowUpForm form = new FollowUpForm(followUps, organisations, followUps.newDraft(agreementId), true, false);
        Button save = new Button(getTranslation("form.save"), click -> {
            long[] created = new long[1];
            if (form.writeDraft() && ServiceErrors.attempt(this, form.fields(),
                    () -> created[0] = followUps.create(form.draft()))) {
                getUI().ifPresent(ui -> ui.navigate(FollowUpView.class, created[0]));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(FollowUpListView.class)));
        removeAll();
        add(new H1(getTranslation("followUps.new")), form, new HorizontalLayout(save, cancel));
        form.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUps.new") + " – " + getTranslation("app.name");
    }
}
