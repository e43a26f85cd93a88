package se.samverkan.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.base.ui.Formats;

/** All agreements, city-wide first, loaded page by page. */
@Route("")
@PermitAll
@StyleSheet("styles/editing.css")
public class AgreementListView extends Main implements HasDynamicTitle {

    private final AgreementService agreements;
    private final Grid<AgreementSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AgreementListView(AgreementService agreements) {
        this.agreements = agreements;
        addClassName("page");

        filter.setLabel(getTranslation("agreements.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addComponentColumn(a -> new RouterLink(a.title(), AgreementView.class, a.id()))
                .setHeader(getTranslation("agreement.title")).setWidth("18rem").setFlexGrow(3);
        grid.addColumn(a -> getTranslation("agreement.kind." + a.kind().name()))
                .setHeader(getTranslation("agreement.kind")).setAutoWidth(true);
        grid.addColumn(a -> a.diaryNumber() == null ? "–" : a.diaryNumber())
                .setHeader(getTranslation("agreement.diaryNumber")).setAutoWidth(true);
        grid.addColumn(AgreementSummary::parties).setHeader(getTranslation("agreement.parties")).setFlexGrow(2);
        grid.addColumn(a -> Formats.period(this, a.periodStart(), a.periodEnd()))
                .setHeader(getTranslation("agreement.period")).setAutoWidth(true);
        grid.addComponentColumn(a -> Formats.status(this, "agreement.status", a.status()))
                .setHeader(getTranslation("agreement.status")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.START);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("agreements.heading"));
        grid.setItems(query -> agreements.findAgreements(filter.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> agreements.countAgreements(filter.getValue()));
        grid.addClassName("fill");
        addClassName("list-page");

        FlexLayout header = new FlexLayout(new H1(getTranslation("agreements.heading")));
        header.addClassName("page-header");
        if (agreements.canCreate()) {
            Button create = new Button(getTranslation("agreements.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(AgreementEditView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.heading") + " – " + getTranslation("app.name");
    }
}
