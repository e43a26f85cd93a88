package se.samverkan.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * Lists on a phone: below {@value #BREAKPOINT} px the grid hides its secondary columns and shows a compact column
 * instead (each row as a small card), so that nothing needs sideways scrolling; wider screens see every column.
 */
final class NarrowScreens {

    static final int BREAKPOINT = 640;
    private static final String NARROW = "narrow";

    private NarrowScreens() {
    }

    /**
     * @param wideOnly columns shown on wide screens only
     * @param compact  a column shown on narrow screens only, or {@code null}
     */
    static <T> void install(Grid<T> grid, List<Grid.Column<T>> wideOnly, Grid.Column<T> compact) {
        if (compact != null) {
            compact.setVisible(false);
        }
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(grid, wideOnly, compact,
                    details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(resized -> apply(grid, wideOnly, compact,
                    resized.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static <T> void apply(Grid<T> grid, List<Grid.Column<T>> wideOnly, Grid.Column<T> compact, int width) {
        boolean narrow = width > 0 && width < BREAKPOINT;
        if (narrow == grid.getElement().getClassList().contains(NARROW)) {
            return;
        }
        grid.getElement().getClassList().set(NARROW, narrow);
        wideOnly.forEach(column -> column.setVisible(!narrow));
        if (compact != null) {
            compact.setVisible(narrow);
        }
    }
}
