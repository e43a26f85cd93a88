package se.samverkan.actionplan.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemUpdateService;
import se.samverkan.actionplan.TargetGroupRef;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;

/**
 * All action items the user reads, filtered by agreement, area, organisation, status, traffic light, target group,
 * due window and free text. The filter lives in the URL ({@code ?agreement=1&status=ONGOING,PLANNED&due=overdue}),
 * so a link to a filtered list can be shared, and dashboards can link into it.
 */
@Route("action-items")
@PermitAll
public class ActionItemListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Due windows: overdue, or due within so many days from today. */
    enum Due {
        OVERDUE, DAYS_14, DAYS_30, DAYS_90
    }

    private final ComboBox<AgreementRef> agreement = new ComboBox<>();
    private final ComboBox<AreaOverview> area = new ComboBox<>();
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final MultiSelectComboBox<ActionItemStatus> status = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TrafficLight> light = new MultiSelectComboBox<>();
    private final ComboBox<TargetGroupRef> group = new ComboBox<>();
    private final ComboBox<Due> due = new ComboBox<>();
    private final TextField text = new TextField();
    private final AgreementService agreements;
    private final ActionItemGrid grid;
    /** The export page of the report feature, with this list's filter (linked by address, not by class). */
    private final com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor();
    private final ExtraFilters extras;
    private boolean applying;

    public ActionItemListView(ActionPlanService actionPlans, AgreementService agreements,
            OrganisationService organisations, ItemUpdateService updates) {
        this.agreements = agreements;
        addClassNames("page", "list-page");
        agreement.setLabel(getTranslation("filter.agreement"));
        agreement.setItems(agreements.findRefs(null));
        agreement.setItemLabelGenerator(AgreementRef::title);
        agreement.setClearButtonVisible(true);
        area.setLabel(getTranslation("filter.area"));
        area.setClearButtonVisible(true);
        area.setItemLabelGenerator(a -> a.position() + ". " + a.title());
        organisation.setLabel(getTranslation("filter.organisation"));
        organisation.setItems(organisations.findOrganisations());
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setClearButtonVisible(true);
        status.setLabel(getTranslation("filter.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actionItem.status." + s.name()));
        light.setLabel(getTranslation("filter.trafficLight"));
        light.setItems(TrafficLight.values());
        light.setItemLabelGenerator(l -> getTranslation("actionItem.light." + l.name()));
        group.setLabel(getTranslation("filter.targetGroup"));
        group.setItems(actionPlans.findTargetGroups(false));
        group.setItemLabelGenerator(g -> g.name(getLocale()));
        group.setClearButtonVisible(true);
        due.setLabel(getTranslation("filter.due"));
        due.setItems(Due.values());
        due.setClearButtonVisible(true);
        due.setItemLabelGenerator(d -> getTranslation("filter.due." + d.name()));
        text.setLabel(getTranslation("filter.text"));
        text.setPrefixComponent(UiIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        grid = new ActionItemGrid(actionPlans, this::filter, false, true);
        extras = new ExtraFilters(agreements, organisations, () -> changed(null));
        agreement.addValueChangeListener(change -> {
            area.setItems(change.getValue() == null ? List.of() : agreements.findAreas(change.getValue().id()));
            area.setEnabled(change.getValue() != null);
            changed(change);
        });
        area.setEnabled(false);
        area.addValueChangeListener(this::changed);
        organisation.addValueChangeListener(this::changed);
        status.addValueChangeListener(this::changed);
        light.addValueChangeListener(this::changed);
        group.addValueChangeListener(this::changed);
        due.addValueChangeListener(this::changed);
        text.addValueChangeListener(this::changed);
        FormLayout filters = new FormLayout(agreement, area, organisation, status, light, group, due, text);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        filters.addClassName("filters");
        export.setText(getTranslation("export.link"));
        export.setHref("action-items/export");
        export.addClassNames("button-link", "export-link");
        com.vaadin.flow.component.html.Div links = new com.vaadin.flow.component.html.Div(export);
        links.addClassName("item-actions");
        if (updates.canUpdateItems()) {
            com.vaadin.flow.component.html.Anchor importLink = new com.vaadin.flow.component.html.Anchor(
                    "action-items/import", getTranslation("import.link"));
            importLink.addClassNames("button-link", "import-link");
            links.add(importLink);
        }
        add(new H1(getTranslation("actionItems.all.heading")), filters, extras, links, grid);
    }

    private void changed(ComponentValueChangeEvent<?, ?> change) {
        // the organisation's role belongs to the organisation: another organisation, or none, drops it
        if (change != null && change.getSource() == organisation && extras.filter().role() != null
                && extras.filter().agency() == null) {
            extras.show(extras.filter().withOrganisation(null, null));
        }
        if (applying) {
            return;
        }
        grid.refresh();
        linkExport();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("action-items", QueryParameters.simple(parameters()))));
    }

    ItemFilter filter() {
        Due window = due.getValue();
        return new ItemFilter(id(agreement.getValue()), area.getValue() == null ? null : area.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), status.getValue(),
                light.getValue(), group.getValue() == null ? null : group.getValue().id(), null, null,
                window == null || window == Due.OVERDUE ? null : days(window), window == Due.OVERDUE,
                text.getValue()).withExtrasOf(extras.filter());
    }

    private static int days(Due window) {
        return switch (window) {
            case DAYS_14 -> 14;
            case DAYS_30 -> 30;
            default -> 90;
        };
    }

    private static Long id(AgreementRef ref) {
        return ref == null ? null : ref.id();
    }

    private Map<String, String> parameters() {
        return filter().toParameters();
    }

    /** Reads the filter from the URL; unknown values are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> q = event.getLocation().getQueryParameters().getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        ItemFilter wanted = ItemFilter.fromParameters(q);
        applying = true;
        try {
            Optional<AgreementRef> chosen = Optional.ofNullable(wanted.agreementId()).flatMap(agreements::findRef);
            agreement.setValue(chosen.orElse(null));
            List<AreaOverview> areas = chosen.map(a -> agreements.findAreas(a.id())).orElse(List.of());
            area.setItems(areas);
            area.setEnabled(chosen.isPresent());
            area.setValue(areas.stream().filter(a -> Objects.equals(a.id(), wanted.areaId())).findFirst()
                    .orElse(null));
            organisation.setValue(organisation.getListDataView().getItems()
                    .filter(o -> Objects.equals(o.id(), wanted.organisationId())).findFirst().orElse(null));
            status.setValue(wanted.statuses());
            light.setValue(wanted.trafficLights());
            group.setValue(group.getListDataView().getItems()
                    .filter(g -> Objects.equals(g.id(), wanted.targetGroupId())).findFirst().orElse(null));
            due.setValue(wanted.overdueOnly() ? Due.OVERDUE : Arrays.stream(Due.values())
                    .filter(d -> wanted.dueWithinDays() != null && d != Due.OVERDUE && days(d) == wanted.dueWithinDays())
                    .findFirst().orElse(null));
            text.setValue(Objects.requireNonNullElse(wanted.text(), ""));
            extras.show(wanted.extras());
        } finally {
            applying = false;
        }
        grid.refresh();
        linkExport();
    }

    private void linkExport() {
        String query = QueryParameters.simple(parameters()).getQueryString();
        export.setHref("action-items/export" + (query.isEmpty() ? "" : "?" + query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actionItems.all.heading") + " – " + getTranslation("app.name");
    }
}
