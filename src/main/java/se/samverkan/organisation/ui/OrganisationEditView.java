package se.samverkan.organisation.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.Agency;
import se.samverkan.organisation.OrganisationDraft;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;

/** Creates an organisation ({@code admin/organisations/new}) or edits one ({@code admin/organisations/42}). */
@Route(OrganisationEditView.NEW)
@RouteAlias(OrganisationTreeView.ROUTE + "/:id([0-9]+)")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/editing.css")
public class OrganisationEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = OrganisationTreeView.ROUTE + "/new";

    private final OrganisationService organisations;
    private String title = "";

    public OrganisationEditView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassNames("page", "edit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        OrganisationDraft draft;
        if (id.isPresent()) {
            draft = organisations.editDraft(id.get()).orElse(null);
            if (draft == null) {
                event.rerouteToError(NotFoundException.class, getTranslation("organisation.notFound"));
                return;
            }
            title = draft.getName();
        } else {
            draft = new OrganisationDraft();
            draft.setAgency(Agency.CITY);
            title = getTranslation("organisations.new");
        }
        render(id.orElse(null), draft);
    }

    private void render(Long id, OrganisationDraft draft) {
        removeAll();
        Set<Long> excluded = id == null ? Set.of() : organisations.reach(id).below();
        List<OrganisationRef> parents = organisations.findOrganisations().stream()
                .filter(o -> !excluded.contains(o.id())).toList();
        OrganisationForm form = new OrganisationForm(parents);
        form.read(draft);

        Button save = new Button(getTranslation("common.save"), click -> save(id, draft, form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(OrganisationTreeView.class)));
        FlexLayout buttons = new FlexLayout(save, cancel);
        buttons.addClassName("form-buttons");

        add(new RouterLink(getTranslation("organisations.back"), OrganisationTreeView.class), new H1(title), form,
                buttons);
        form.focus();
    }

    private void save(Long id, OrganisationDraft draft, OrganisationForm form) {
        if (!form.write(draft)) {
            return;
        }
        boolean saved = ServiceErrors.attempt(this, form.fields(), () -> {
            if (id == null) {
                organisations.createOrganisation(draft);
            } else {
                organisations.updateOrganisation(id, draft);
            }
        });
        if (saved) {
            ServiceErrors.notice(this, getTranslation("organisation.saved", draft.getName()),
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(OrganisationTreeView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
