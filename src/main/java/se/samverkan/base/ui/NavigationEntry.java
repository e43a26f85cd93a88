package se.samverkan.base.ui;

/**
 * One item of the side navigation: its place ({@code order}, low first), the message key of its label, the route it
 * opens and its icon (ours: see {@link UiIcon}).
 */
public record NavigationEntry(int order, String labelKey, String path, UiIcon icon) {
}
