package se.samverkan.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A grid that shows each row as one compact card when it is narrower than a given width (a phone, a narrow window),
 * and as its usual columns otherwise, so that nobody has to scroll sideways (WCAG 1.4.10, reflow). The width is the
 * grid's own, watched in the browser with a {@code ResizeObserver}: the server hears only when it crosses the limit.
 * The first render guesses from the browser window, so a phone does not see the columns flash by.
 *
 * <pre>
 * GridCards.install(grid, 640, getTranslation("actionItems.heading"),
 *         item -&gt; new RowCard(new RouterLink(item.title(), ActionItemView.class, item.id()))
 *                 .fact(getTranslation("actionItem.status"), Formats.status(this, "actionItem.status", item.status())));
 * </pre>
 *
 * Install it after the grid's columns are added; columns added later stay visible in card mode. Row navigation
 * ({@link RowNavigation}) works in both modes.
 */
public final class GridCards<T> {

    static final String EVENT = "samverkan-narrow-changed";
    private static final String CARD_MODE = "cards";

    private final Grid<T> grid;
    private final Grid.Column<T> cardColumn;
    private final List<Grid.Column<T>> columns;
    private boolean cards;

    private GridCards(Grid<T> grid, int minColumnsWidth, String header, SerializableFunction<T, Component> card) {
        this.grid = grid;
        this.columns = new ArrayList<>(grid.getColumns());
        // the card column has a header of its own: a grid's header row needs a cell (ARIA), and it names the cards
        this.cardColumn = grid.addComponentColumn(card::apply).setKey("card").setHeader(header).setFlexGrow(1)
                .setAutoWidth(false);
        grid.getElement().addEventListener(EVENT, event -> show(event.getEventData().get("event.detail").asBoolean()))
                .addEventData("event.detail");
        grid.addAttachListener(attach -> {
            show(windowNarrowerThan(attach.getUI(), minColumnsWidth));
            watch(minColumnsWidth);
        });
        show(false);
    }

    /**
     * Shows the grid's rows as cards made by {@code card} whenever the grid is narrower than {@code minColumnsWidth}
     * CSS pixels (choose the width at which the columns stop fitting), under a header naming what the cards are.
     */
    public static <T> GridCards<T> install(Grid<T> grid, int minColumnsWidth, String header,
            SerializableFunction<T, Component> card) {
        return new GridCards<>(grid, minColumnsWidth, header, card);
    }

    /** Whether the rows are shown as cards right now. */
    public boolean isCards() {
        return cards;
    }

    private void show(boolean asCards) {
        cards = asCards;
        columns.forEach(column -> column.setVisible(!asCards));
        cardColumn.setVisible(asCards);
        if (asCards) {
            grid.addClassName(CARD_MODE);
        } else {
            grid.removeClassName(CARD_MODE);
        }
    }

    private void watch(int minColumnsWidth) {
        // tells the server when the grid's own width crosses the limit; once per attach, the old watcher dropped
        grid.getElement().executeJs("""
                const grid = this, limit = $0;
                if (grid.__samverkanCards) grid.__samverkanCards.disconnect();
                let narrow = null;
                grid.__samverkanCards = new ResizeObserver(entries => {
                  const width = entries[entries.length - 1].contentRect.width;
                  if (width === 0) return;
                  const now = width < limit;
                  if (now !== narrow) {
                    narrow = now;
                    grid.dispatchEvent(new CustomEvent($1, { detail: now }));
                  }
                });
                grid.__samverkanCards.observe(grid);
                """, minColumnsWidth, EVENT);
    }

    private static boolean windowNarrowerThan(UI ui, int width) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        return details != null && details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < width;
    }
}
