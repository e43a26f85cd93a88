package se.samverkan.agreement.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;

import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.AreaItemCounts;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaDraft;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.agreement.AreaService;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.base.ui.UiIcon;

/**
 * For those who manage the agreement: its areas as a numbered list whose entries carry their own buttons (edit, move
 * up, move down, and delete while the area has no items), all reachable with Tab and pressed with Enter or Space. After
 * a move the focus stays on the button, so the area can be moved again.
 */
class AreaManager extends Details {

    private final AreaService areas;
    private final AgreementService agreements;
    private final ActionPlanService actionPlans;
    private final long agreementId;
    private final Runnable changed;
    private final OrderedList list = new OrderedList();

    /** @param changed called after every change, so that the page can show it elsewhere too */
    AreaManager(AreaService areas, AgreementService agreements, ActionPlanService actionPlans, long agreementId,
            Runnable changed) {
        this.areas = areas;
        this.agreements = agreements;
        this.actionPlans = actionPlans;
        this.agreementId = agreementId;
        this.changed = changed;
        setSummaryText(getTranslation("areas.manage"));
        addClassName("area-manager");
        list.addClassName("manage-list");
        list.getElement().setAttribute("aria-label", getTranslation("areas.heading"));
        Button create = new Button(getTranslation("areas.new"), UiIcon.PLUS.create(),
                click -> new AreaDialog(areas, agreementId, null, new AreaDraft(), () -> done(null, null)).open());
        add(new Paragraph(getTranslation("areas.manage.intro")), list, create);
        refresh(null, null);
    }

    private void done(Long focusId, String focusKey) {
        refresh(focusId, focusKey);
        changed.run();
    }

    private void refresh(Long focusId, String focusKey) {
        list.removeAll();
        List<AreaOverview> all = agreements.findAreas(agreementId);
        Map<Long, AreaItemCounts> counts = actionPlans.countItemsByArea(agreementId);
        for (int i = 0; i < all.size(); i++) {
            AreaOverview area = all.get(i);
            int items = counts.containsKey(area.id()) ? counts.get(area.id()).total() : 0;
            Button edit = button("common.edit", UiIcon.EDIT, area, click -> areas.editDraft(area.id())
                    .ifPresent(draft -> new AreaDialog(areas, agreementId, area.id(), draft,
                            () -> done(area.id(), "common.edit")).open()));
            Button up = button("common.moveUp", UiIcon.ARROW_UP, area, click -> move(area, true));
            Button down = button("common.moveDown", UiIcon.ARROW_DOWN, area, click -> move(area, false));
            up.setEnabled(i > 0);
            down.setEnabled(i < all.size() - 1);
            Div buttons = new Div(edit, up, down);
            buttons.addClassName("entry-buttons");
            Div text = new Div(new Span(area.position() + ". " + area.title()));
            text.addClassName("entry-text");
            if (items > 0) {
                Span note = new Span(getTranslation("area.itemCount", items));
                note.addClassName("entry-note");
                text.add(note);
            } else {
                Button delete = button("common.delete", UiIcon.TRASH, area, click -> confirmDelete(area));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                buttons.add(delete);
            }
            ListItem entry = new ListItem(text, buttons);
            entry.addClassName("area-entry");
            list.add(entry);
            if (focusId != null && area.id() == focusId) {
                ("common.moveUp".equals(focusKey) && up.isEnabled() ? up
                        : "common.moveDown".equals(focusKey) && down.isEnabled() ? down : edit).focus();
            }
        }
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("areas.empty")));
        }
    }

    /** A small button whose accessible name says which area it acts on ("Flytta upp: 2. Unga i risk"). */
    private Button button(String key, UiIcon icon, AreaOverview area,
            ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(key), icon.create(), action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + area.position() + ". " + area.title());
        return button;
    }

    private void move(AreaOverview area, boolean up) {
        if (ServiceErrors.attempt(this, Map.of(), () -> areas.moveArea(area.id(), area.version(), up))) {
            done(area.id(), up ? "common.moveUp" : "common.moveDown");
        }
    }

    private void confirmDelete(AreaOverview area) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("area.delete.confirm.heading"));
        dialog.setText(getTranslation("area.delete.confirm.text", area.title()));
        dialog.setConfirmText(getTranslation("common.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        // the default tertiary blue on the grey footer falls short of 4.5:1 (axe-core)
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.addConfirmListener(confirmed -> {
            if (ServiceErrors.attempt(this, Map.of(), () -> areas.deleteArea(area.id(), area.version()))) {
                ServiceErrors.notice(this, getTranslation("area.deleted", area.title()),
                        NotificationVariant.LUMO_SUCCESS);
                done(null, null);
            }
        });
        dialog.open();
    }
}
