package se.samverkan.organisation.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonDraft;
import se.samverkan.organisation.PersonRef;
import se.samverkan.organisation.PersonService;

/**
 * Creates a person ({@code admin/people/new}) or edits one ({@code admin/people/42}); an existing person's page also
 * hands all their items over to someone else.
 */
@Route(PersonEditView.NEW)
@RouteAlias(PersonListView.ROUTE + "/:id([0-9]+)")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/editing.css")
public class PersonEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = PersonListView.ROUTE + "/new";

    private final PersonService people;
    private final OrganisationService organisations;
    private final ActionPlanService actionPlans;
    private String title = "";

    public PersonEditView(PersonService people, OrganisationService organisations, ActionPlanService actionPlans) {
        this.people = people;
        this.organisations = organisations;
        this.actionPlans = actionPlans;
        addClassNames("page", "edit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        PersonDraft draft = id.isPresent() ? people.editDraft(id.get()).orElse(null) : new PersonDraft();
        if (draft == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("person.notFound"));
            return;
        }
        title = id.isPresent() ? draft.getDisplayName() : getTranslation("people.new");
        render(id.orElse(null), draft);
    }

    private void render(Long id, PersonDraft draft) {
        removeAll();
        PersonForm form = new PersonForm(organisations.findOrganisations());
        form.read(draft);
        Button save = new Button(getTranslation("common.save"), click -> save(id, draft, form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(PersonListView.class)));
        FlexLayout buttons = new FlexLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(new RouterLink(getTranslation("people.back"), PersonListView.class), new H1(title), form, buttons);
        if (id != null) {
            PersonRef person = organisations.findPerson(id).orElseThrow();
            add(new HandOverPanel(actionPlans, organisations, person));
        }
        form.focus();
    }

    private void save(Long id, PersonDraft draft, PersonForm form) {
        if (!form.write(draft)) {
            return;
        }
        boolean saved = ServiceErrors.attempt(this, form.fields(), () -> {
            if (id == null) {
                people.createPerson(draft);
            } else {
                people.updatePerson(id, draft);
            }
        });
        if (saved) {
            ServiceErrors.notice(this, getTranslation("person.saved", draft.getDisplayName()),
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(PersonListView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
