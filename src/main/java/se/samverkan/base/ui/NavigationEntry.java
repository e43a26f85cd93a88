package se.samverkan.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the side navigation: its place ({@code order}, low first), the message key of its label, the route it
 * opens and its icon.
 */
public record NavigationEntry(int order, String labelKey, String path, VaadinIcon icon) {
}
