package se.samverkan.followup.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import se.samverkan.base.ui.Formats;
import se.samverkan.followup.AgendaItem;

/** The agenda: the items in scope that need attention, each with the reasons it is there. */
class AgendaPanel extends Composite<Div> {

    AgendaPanel(List<AgendaItem> agenda) {
        Div content = getContent();
        if (agenda.isEmpty()) {
            content.add(new Paragraph(getTranslation("agenda.empty")));
            return;
        }
        Grid<AgendaItem> grid = new Grid<>();
        grid.addComponentColumn(item -> FollowUpFormats.routeLink("action-items/" + item.itemId(), item.title()))
                .setHeader(getTranslation("agenda.item")).setWidth("16rem").setFlexGrow(2);
        grid.addColumn(item -> item.areaPosition() + ". " + item.areaTitle())
                .setHeader(getTranslation("agenda.area")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(item -> item.responsible() == null ? "–" : item.responsible())
                .setHeader(getTranslation("agenda.responsible")).setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.dueDate())).setHeader(getTranslation("agenda.dueDate"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> Formats.status(this, "actionItem.status", item.status()))
                .setHeader(getTranslation("agenda.status")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("actionItem.trafficLight." + item.trafficLight().name()))
                .setHeader(getTranslation("agenda.trafficLight")).setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.lastReportedOn())).setHeader(getTranslation("agenda.lastReport"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Span reasons = new Span(item.reasons().stream()
                    .map(reason -> getTranslation("agenda.reason." + reason.name()))
                    .collect(Collectors.joining(", ")));
            reasons.addClassName("agenda-reasons");
            return reasons;
        }).setHeader(getTranslation("agenda.reasons")).setWidth("12rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("agenda.heading"));
        grid.setAllRowsVisible(true);
        // an agenda holds the items of one agreement: a bounded list, computed by one query
        grid.setItems(agenda);
        grid.addClassName("agenda-grid");
        content.add(grid);
    }
}
