package se.samverkan.actionplan.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.router.RouterLink;

import se.samverkan.actionplan.IndicatorDirection;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.IndicatorSummary;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.RowNavigation;

/**
 * The indicators of an agreement, an area or an item (exactly one owner id given): the latest value against the
 * target, each row opening the indicator; a New indicator button for those who may add one.
 */
public class IndicatorList extends Div {

    public IndicatorList(IndicatorService service, List<IndicatorSummary> indicators, Long agreementId, Long areaId,
            Long itemId, boolean canAdd) {
        addClassName("indicator-list");
        if (canAdd) {
            Button add = new Button(getTranslation("indicator.new"), UiIcon.PLUS.create(),
                    click -> new IndicatorDialog(service, service.newDraft(agreementId, areaId, itemId), null,
                            id -> getUI().ifPresent(ui -> ui.navigate(IndicatorView.class, id))).open());
            add(add);
        }
        if (indicators.isEmpty()) {
            add(new Paragraph(getTranslation("indicators.empty")));
            return;
        }
        Grid<IndicatorSummary> grid = new Grid<>();
        grid.addComponentColumn(i -> new RouterLink(i.name(), IndicatorView.class, i.id()))
                .setHeader(getTranslation("indicator.name")).setWidth("14rem").setFlexGrow(3);
        grid.addColumn(this::latest).setHeader(getTranslation("indicator.latest")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(this::target).setHeader(getTranslation("indicator.target")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.direction() == IndicatorDirection.HIGHER ? "indicator.direction.HIGHER"
                : "indicator.direction.LOWER")).setHeader(getTranslation("indicator.direction")).setAutoWidth(true);
        // on a phone each indicator is a card: name, latest value and target
        GridCards.install(grid, 640, getTranslation("indicators.heading"),
                i -> new RowCard(new RouterLink(i.name(), IndicatorView.class, i.id()))
                        .fact(getTranslation("indicator.latest"), latest(i))
                        .fact(getTranslation("indicator.target"), target(i)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(indicators);
        grid.setAriaLabel(getTranslation("indicators.heading"));
        RowNavigation.install(grid, i -> "indicators/" + i.id());
        add(grid);
    }

    private String latest(IndicatorSummary i) {
        return i.latestValue() == null ? "–"
                : Formats.number(i.latestValue(), getLocale()) + " " + i.unit() + " (" + Formats.date(i.latestOn()) + ")";
    }

    private String target(IndicatorSummary i) {
        return i.targetValue() == null ? "–"
                : Formats.number(i.targetValue(), getLocale()) + " " + i.unit() + " (" + Formats.date(i.targetDate())
                        + ")";
    }
}
