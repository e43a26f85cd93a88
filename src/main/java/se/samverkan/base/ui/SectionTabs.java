package se.samverkan.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Tabs built from native buttons, following the WAI-ARIA tabs pattern: a tablist of tabs (Tab reaches the selected
 * one, arrow keys, Home and End move between them, Enter or Space is not needed) each controlling its panel. Only
 * the selected panel is shown. Made because Vaadin's tab sheet trips axe-core's required-children rule.
 */
public class SectionTabs extends Div {

    private static int sequence;

    private final Div list = new Div();
    private final List<NativeButton> tabs = new ArrayList<>();
    private final List<Div> panels = new ArrayList<>();
    private final String prefix = "tabs-" + (++sequence) + "-";

    public SectionTabs(String label) {
        addClassName("section-tabs");
        list.addClassName("tab-list");
        list.getElement().setAttribute("role", "tablist");
        list.getElement().setAttribute("aria-label", label);
        add(list);
    }

    public NativeButton add(String title, Component content) {
        int index = tabs.size();
        NativeButton tab = new NativeButton(title);
        tab.setId(prefix + "tab-" + index);
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", prefix + "panel-" + index);
        tab.addClassName("tab");
        tab.addClickListener(click -> select(index));
        Shortcuts.addShortcutListener(tab, () -> move(index + 1), Key.ARROW_RIGHT).listenOn(tab);
        Shortcuts.addShortcutListener(tab, () -> move(index - 1), Key.ARROW_LEFT).listenOn(tab);
        Shortcuts.addShortcutListener(tab, () -> move(0), Key.HOME).listenOn(tab);
        Shortcuts.addShortcutListener(tab, () -> move(tabs.size() - 1), Key.END).listenOn(tab);
        Div panel = new Div(content);
        panel.setId(prefix + "panel-" + index);
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        panel.getElement().setAttribute("tabindex", "0");
        panel.addClassName("tab-panel");
        tabs.add(tab);
        panels.add(panel);
        list.add(tab);
        add(panel);
        select(index == 0 ? 0 : selected());
        return tab;
    }

    private int selected() {
        for (int i = 0; i < tabs.size(); i++) {
            if ("true".equals(tabs.get(i).getElement().getAttribute("aria-selected"))) {
                return i;
            }
        }
        return 0;
    }

    private void move(int index) {
        int target = Math.floorMod(index, tabs.size());
        select(target);
        tabs.get(target).focus();
    }

    public void select(int index) {
        for (int i = 0; i < tabs.size(); i++) {
            boolean on = i == index;
            tabs.get(i).getElement().setAttribute("aria-selected", String.valueOf(on));
            tabs.get(i).getElement().setAttribute("tabindex", on ? "0" : "-1");
            panels.get(i).setVisible(on);
        }
    }
}
