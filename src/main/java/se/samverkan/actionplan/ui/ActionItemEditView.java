package se.samverkan.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.springframework.security.access.AccessDeniedException;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.OrganisationService;

/**
 * Editing an action item ({@code action-items/42/edit}) or creating one in an area ({@code areas/7/new-item}), with
 * Save and Cancel. Opening it without the right to edit shows "not found", as for any page one may not open.
 */
@Route("action-items/:itemId([0-9]{1,18})/edit")
@RouteAlias("areas/:areaId([0-9]{1,18})/new-item")
@PermitAll
public class ActionItemEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlanService actionPlans;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private String title = "";

    public ActionItemEditView(ActionPlanService actionPlans, AgreementService agreements,
            OrganisationService organisations) {
        this.actionPlans = actionPlans;
        this.agreements = agreements;
        this.organisations = organisations;
        addClassNames("page", "form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long itemId = event.getRouteParameters().getLong("itemId").orElse(null);
        Long areaId = event.getRouteParameters().getLong("areaId").orElse(null);
        try {
            if (itemId != null) {
                ActionItemDetails item = actionPlans.findItem(itemId).orElseThrow(() -> new AccessDeniedException(""));
                ActionItemDraft draft = actionPlans.editDraft(itemId);
                show(getTranslation("actionItem.edit.heading", item.title()), draft, item.agreementId(), itemId, item);
            } else {
                ActionItemDraft draft = actionPlans.newDraft(areaId);
                long agreementId = agreements.agreementOfArea(areaId).orElseThrow(() -> new AccessDeniedException(""));
                show(getTranslation("actionItem.new.heading"), draft, agreementId, null, null);
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("actionItem.notFound"));
        }
    }

    private void show(String heading, ActionItemDraft draft, long agreementId, Long itemId, ActionItemDetails item) {
        title = heading;
        removeAll();
        ActionItemForm form = new ActionItemForm(draft, agreementId, itemId, item == null ? null : item.status(),
                actionPlans, agreements, organisations);
        String back = itemId != null ? "action-items/" + itemId : "areas/" + draft.getAreaId();
        Button save = new Button(getTranslation("action.save"), click -> save(form, itemId));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(back)));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(Links.route(back, getTranslation(itemId != null ? "actionItem.backToItem" : "actionItem.backToArea")),
                new H1(heading), form, buttons);
    }

    private void save(ActionItemForm form, Long itemId) {
        if (!form.writeDraft()) {
            ServiceErrors.notice(this, getTranslation("validation.failed"),
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            return;
        }
        long[] saved = { itemId == null ? 0 : itemId };
        boolean ok = ServiceErrors.attempt(this, form.fields(), () -> {
            if (itemId == null) {
                saved[0] = actionPlans.createItem(form.draft());
            } else {
                actionPlans.updateItem(itemId, form.draft());
            }
        });
        if (ok) {
            ServiceErrors.notice(this, getTranslation("actionItem.saved"),
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("action-items/" + saved[0]));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
