package se.samverkan.agreement.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.UiIcon;

/** All agreements, city-wide first, loaded page by page. */
@Route("agreements")
@PermitAll
public class AgreementListView extends Main implements HasDynamicTitle {

    private final AgreementService agreements;
    private final Grid<AgreementSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AgreementListView(AgreementService agreements) {
        this.agreements = agreements;
        addClassName("page");

        filter.setLabel(getTranslation("agreements.filter"));
        filter.setPrefixComponent(UiIcon.SEARCH.create());
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

        add(new H1(getTranslation("agreements.heading")), filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.heading") + " – " + getTranslation("app.name");
    }
}
