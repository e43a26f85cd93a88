package se.samverkan.agreement.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkan.agreement.AreaLinkService;
import se.samverkan.agreement.AreaLinks;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.ui.DataTable;

/**
 * On a local agreement's page: which areas of the city-wide agreement each of its areas contributes to (the rows of
 * the dashboard's coverage), with a button per area for those who manage the agreement.
 */
class AreaLinksPanel extends Div {

    private final AreaLinkService service;
    private final long agreementId;

    AreaLinksPanel(AreaLinkService service, long agreementId) {
        this.service = service;
        this.agreementId = agreementId;
        addClassName("area-links");
        render();
    }

    private void render() {
        removeAll();
        AreaLinks links = service.findLinks(agreementId).orElse(null);
        if (links == null || links.areas().isEmpty()) {
            setVisible(false);
            return;
        }
        Map<Long, AreaOverview> cityAreas = links.cityAreas().stream()
                .collect(Collectors.toMap(AreaOverview::id, Function.identity()));
        add(new H2(getTranslation("areaLink.heading")));
        add(new Paragraph(getTranslation("areaLink.intro", links.cityWide().title())));
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of(
                getTranslation("areaLink.localArea"), getTranslation("areaLink.contributesTo")));
        if (links.manageable()) {
            headers.add(getTranslation("areaLink.actions"));
        }
        DataTable table = new DataTable(getTranslation("areaLink.heading"), headers);
        for (AreaLinks.LinkedArea area : links.areas()) {
            String named = area.cityAreaIds().stream().map(cityAreas::get).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(AreaOverview::position))
                    .map(a -> a.position() + ". " + a.title()).collect(Collectors.joining("; "));
            String title = area.position() + ". " + area.title();
            String linked = named.isEmpty() ? getTranslation("areaLink.none") : named;
            if (links.manageable()) {
                Button edit = new Button(getTranslation("areaLink.edit"),
                        click -> new AreaLinkDialog(service, links, area, this::render).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("areaLink.editNamed", area.title()));
                table.row(title, linked, edit);
            } else {
                table.row(title, linked);
            }
        }
        add(table);
        setVisible(true);
    }
}
