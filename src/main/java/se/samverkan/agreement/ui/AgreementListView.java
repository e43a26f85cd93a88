package se.samverkan.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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
import se.samverkan.base.ui.UiIcon;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.RowNavigation;

/** All agreements, city-wide first, loaded page by page. */
@Route("agreements")
@PermitAll
@StyleSheet("styles/editing.css")
public class AgreementListView extends Main implements HasDynamicTitle {

    /** Below this grid width (CSS px) the rows are cards: the columns need about 940 px. */
    static final int CARDS_BELOW = 950;

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

        // at 1280 px and up every column fits beside the menu; titles, kinds and parties wrap rather than being cut
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("agreement.title")).setWidth("15rem")
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("agreement.kind." + a.kind().name()))
                .setHeader(getTranslation("agreement.kind")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(a -> a.diaryNumber() == null ? "–" : a.diaryNumber())
                .setHeader(getTranslation("agreement.diaryNumber")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(AgreementSummary::parties).setHeader(getTranslation("agreement.parties")).setWidth("11rem")
                .setFlexGrow(2);
        grid.addColumn(a -> Formats.period(this, a.periodStart(), a.periodEnd()))
                .setHeader(getTranslation("agreement.period")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(a -> Formats.status(this, "agreement.status", a.status()))
                .setHeader(getTranslation("agreement.status")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        GridCards.install(grid, CARDS_BELOW, getTranslation("nav.agreements"), this::card);
        RowNavigation.install(grid, a -> "agreements/" + a.id());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("agreements.heading"));
        grid.setEmptyStateText(getTranslation("agreements.empty"));
        grid.setItems(query -> agreements.findAgreements(filter.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> agreements.countAgreements(filter.getValue()));
        grid.addClassName("fill");
        addClassName("list-page");

        FlexLayout header = new FlexLayout(new H1(getTranslation("agreements.heading")));
        header.addClassName("page-header");
        if (agreements.canCreate()) {
            Button create = new Button(getTranslation("agreements.new"), UiIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(AgreementEditView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, filter, grid);
    }

    private RouterLink titleLink(AgreementSummary agreement) {
        return new RouterLink(agreement.title(), AgreementView.class, agreement.id());
    }

    /** A row on a phone: title, kind and number, status and period, parties. */
    private RowCard card(AgreementSummary agreement) {
        String kind = getTranslation("agreement.kind." + agreement.kind().name());
        return new RowCard(titleLink(agreement))
                .line(new Span(agreement.diaryNumber() == null ? kind : kind + " · " + agreement.diaryNumber()))
                .fact(getTranslation("agreement.status"), Formats.status(this, "agreement.status", agreement.status()))
                .fact(getTranslation("agreement.period"),
                        Formats.period(this, agreement.periodStart(), agreement.periodEnd()))
                .fact(getTranslation("agreement.parties"), agreement.parties());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.heading") + " – " + getTranslation("app.name");
    }
}
