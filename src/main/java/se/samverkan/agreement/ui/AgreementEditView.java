package se.samverkan.agreement.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementDetails;
import se.samverkan.agreement.AgreementDraft;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.OrganisationService;

/**
 * Creates an agreement ({@code agreements/new}) or edits one ({@code agreements/42/edit}). Open to every signed-in
 * user: whoever may not gets the service's refusal, in their language.
 */
@Route(AgreementEditView.NEW)
@RouteAlias("agreements/:id([0-9]+)/edit")
@PermitAll
@StyleSheet("styles/editing.css")
public class AgreementEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "agreements/new";

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private String title = "";

    public AgreementEditView(AgreementService agreements, OrganisationService organisations) {
        this.agreements = agreements;
        this.organisations = organisations;
        addClassNames("page", "edit-page");
    }

    static String editRoute(long id) {
        return "agreements/" + id + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            title = getTranslation("agreements.new");
            if (!agreements.canCreate()) {
                refuse();
                return;
            }
            AgreementDraft draft = new AgreementDraft();
            draft.setKind(AgreementKind.LOCAL);
            render(null, draft);
            return;
        }
        AgreementDetails agreement = agreements.findAgreement(id.get()).orElse(null);
        if (agreement == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("agreement.notFound"));
            return;
        }
        title = agreement.title();
        try {
            render(id.get(), agreements.editDraft(id.get()));
        } catch (AccessDeniedException e) {
            refuse();
        }
    }

    private void refuse() {
        add(new H1(title), new Paragraph(getTranslation("error.notAllowed")),
                new RouterLink(getTranslation("agreements.back"), AgreementListView.class));
    }

    private void render(Long id, AgreementDraft draft) {
        List<AgreementRef> parents = agreements.findRefs(null).stream()
                .filter(ref -> id == null || ref.id() != id).toList();
        AgreementForm form = new AgreementForm(parents, organisations.findOrganisations());
        form.read(draft);
        Button save = new Button(getTranslation("common.save"), click -> save(id, draft, form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> leave(id));
        FlexLayout buttons = new FlexLayout(save, cancel);
        buttons.addClassName("form-buttons");
        RouterLink back = id == null ? new RouterLink(getTranslation("agreements.back"), AgreementListView.class)
                : new RouterLink(title, AgreementView.class, id);
        add(back, new H1(id == null ? title : getTranslation("agreement.edit.heading")), form, buttons);
        form.focus();
    }

    private void save(Long id, AgreementDraft draft, AgreementForm form) {
        if (!form.write(draft)) {
            return;
        }
        long[] saved = { id == null ? -1 : id };
        if (ServiceErrors.attempt(this, form.fields(), () -> {
            if (id == null) {
                saved[0] = agreements.createAgreement(draft);
            } else {
                agreements.updateAgreement(id, draft);
            }
        })) {
            ServiceErrors.notice(this, getTranslation("agreement.saved"), NotificationVariant.LUMO_SUCCESS);
            leave(saved[0]);
        }
    }

    private void leave(Long id) {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(AgreementListView.class);
            } else {
                ui.navigate(AgreementView.class, id);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
