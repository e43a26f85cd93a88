package se.samverkan.actionplan.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.actionplan.TargetGroupDraft;
import se.samverkan.actionplan.TargetGroupRef;
import se.samverkan.actionplan.TargetGroupService;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.base.ui.UiIcon;

/**
 * The target groups in the order items show them, for administrators: add, rename, reorder and (de)activate. A short
 * list, so each entry carries its own buttons (reachable with Tab, pressed with Enter or Space) instead of being a
 * grid row.
 */
@Route(TargetGroupListView.ROUTE)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/editing.css")
public class TargetGroupListView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/target-groups";

    private final TargetGroupService groups;
    private final OrderedList list = new OrderedList();

    public TargetGroupListView(TargetGroupService groups) {
        this.groups = groups;
        addClassNames("page", "target-group-page");
        Button create = new Button(getTranslation("targetGroups.new"), UiIcon.PLUS.create(),
                click -> open(null, new TargetGroupDraft()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout header = new FlexLayout(new H1(getTranslation("targetGroups.heading")), create);
        header.addClassName("page-header");
        list.addClassName("manage-list");
        list.getElement().setAttribute("aria-label", getTranslation("targetGroups.heading"));
        add(header, new Paragraph(getTranslation("targetGroups.intro")), list);
        refresh(null, null);
    }

    /** Redraws the list; {@code focusId}'s button {@code focusKey} gets the focus back after a move. */
    private void refresh(Long focusId, String focusKey) {
        list.removeAll();
        List<TargetGroupRef> all = groups.findTargetGroups();
        for (int i = 0; i < all.size(); i++) {
            TargetGroupRef group = all.get(i);
            Button edit = button("common.edit", UiIcon.EDIT, group,
                    click -> groups.editDraft(group.id()).ifPresent(draft -> open(group.id(), draft)));
            Button up = button("common.moveUp", UiIcon.ARROW_UP, group, click -> move(group, true));
            Button down = button("common.moveDown", UiIcon.ARROW_DOWN, group, click -> move(group, false));
            up.setEnabled(i > 0);
            down.setEnabled(i < all.size() - 1);
            Div buttons = new Div(edit, up, down);
            buttons.addClassName("entry-buttons");
            ListItem item = new ListItem(text(group), buttons);
            item.addClassName("target-group");
            list.add(item);
            if (group.id() == (focusId == null ? -1 : focusId)) {
                Button focus = "common.moveUp".equals(focusKey) && up.isEnabled() ? up
                        : "common.moveDown".equals(focusKey) && down.isEnabled() ? down : edit;
                focus.focus();
            }
        }
    }

    private Component text(TargetGroupRef group) {
        Span sv = new Span(group.nameSv());
        sv.getElement().setAttribute("lang", "sv");
        Span en = new Span(group.nameEn());
        en.getElement().setAttribute("lang", "en");
        en.addClassName("entry-note");
        Div text = new Div(sv);
        if (!group.active()) {
            Span inactive = new Span(getTranslation("targetGroup.inactive"));
            inactive.addClassName("inactive-badge");
            text.add(inactive);
        }
        text.add(en);
        text.addClassName("entry-text");
        return text;
    }

    /** A small button whose accessible name says which group it acts on ("Flytta upp: Barn"). */
    private Button button(String key, UiIcon icon, TargetGroupRef group,
            ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(key), icon.create(), action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + group.name(getLocale()));
        return button;
    }

    private void move(TargetGroupRef group, boolean up) {
        if (ServiceErrors.attempt(this, Map.of(),
                () -> groups.moveTargetGroup(group.id(), group.version(), up))) {
            refresh(group.id(), up ? "common.moveUp" : "common.moveDown");
        }
    }

    private void open(Long id, TargetGroupDraft draft) {
        new TargetGroupDialog(groups, id, draft, () -> refresh(id, "common.edit")).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targetGroups.heading") + " – " + getTranslation("app.name");
    }
}
