package se.samverkan.base.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;

/**
 * Makes a whole grid row open what it shows: a click anywhere in the row, or Enter (or Space) on the focused row,
 * navigates to the row's route. Links inside cells keep working on their own.
 */
public final class RowNavigation {

    private RowNavigation() {
    }

    public static <T> void install(Grid<T> grid, Function<T, String> route) {
        Object[] focused = new Object[1];
        grid.addItemClickListener((ItemClickEvent<T> click) -> open(grid, route.apply(click.getItem())));
        grid.addCellFocusListener(focus -> focused[0] = focus.getItem().orElse(null));
        for (Key key : new Key[] { Key.ENTER, Key.SPACE }) {
            Shortcuts.addShortcutListener(grid, () -> {
                @SuppressWarnings("unchecked")
                T item = (T) focused[0];
                if (item != null) {
                    open(grid, route.apply(item));
                }
            }, key).listenOn(grid).setBrowserDefaultAllowed(false);
        }
        grid.addClassName("clickable-rows");
    }

    private static void open(Grid<?> grid, String route) {
        grid.getUI().ifPresent(ui -> ui.navigate(route));
    }
}
