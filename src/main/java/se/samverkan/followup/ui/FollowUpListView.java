package se.samverkan.followup.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.followup.FollowUpFilter;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.FollowUpSummary;
import se.samverkan.base.ui.UiIcon;

/**
 * Follow-ups of the agreements the user reads, upcoming first; of one agreement when opened from it
 * ({@code ?agreement=id}). Managers start new ones here.
 */
@Route(FollowUpListView.ROUTE)
@PermitAll
@StyleSheet("context://styles/followup.css")
public class FollowUpListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "follow-ups";
    /** Below this grid width (CSS px) the follow-ups are cards: the columns need about 900 px. */
    static final int CARDS_BELOW = 900;

    private final FollowUpService followUps;
    private final Grid<FollowUpSummary> grid = new Grid<>();
    private final ComboBox<AgreementRef> agreement = new ComboBox<>();
    private final Checkbox past = new Checkbox();
    private final List<AgreementRef> agreements;

    public FollowUpListView(FollowUpService followUps, AgreementService agreementService) {
        this.followUps = followUps;
        this.agreements = agreementService.findRefs(null);
        addClassNames("page", "list-page");

        agreement.setLabel(getTranslation("followUps.agreement"));
        agreement.setItems(agreements);
        agreement.setItemLabelGenerator(AgreementRef::title);
        agreement.setClearButtonVisible(true);
        agreement.setWidthFull();
        agreement.setMaxWidth("24rem");
        agreement.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        past.setLabel(getTranslation("followUps.includePast"));
        past.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout tools = new HorizontalLayout(agreement, past);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        if (followUps.canCreateFollowUps()) {
            Button create = new Button(getTranslation("followUps.new"), UiIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(NewFollowUpView.class, agreement.getValue() == null
                            ? QueryParameters.empty()
                            : QueryParameters.of("agreement", String.valueOf(agreement.getValue().id())))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(create);
        }

        grid.addColumn(f -> FollowUpFormats.when(f.date(), f.startTime()))
                .setHeader(getTranslation("followUp.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(f -> new RouterLink(f.title(), FollowUpView.class, f.id()))
                .setHeader(getTranslation("followUp.title")).setWidth("16rem").setFlexGrow(2);
        grid.addColumn(FollowUpSummary::agreementTitle).setHeader(getTranslation("followUp.agreement"))
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(f -> getTranslation("followUp.kind." + f.kind().name()))
                .setHeader(getTranslation("followUp.kind")).setAutoWidth(true);
        grid.addColumn(f -> Formats.date(f.reportDeadline())).setHeader(getTranslation("followUp.reportDeadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(f -> Formats.status(this, "followUp.status", f.status()))
                .setHeader(getTranslation("followUp.status")).setAutoWidth(true);
        GridCards.install(grid, CARDS_BELOW, getTranslation("followUps.heading"), this::card);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("followUps.heading"));
        grid.setItems(query -> followUps.findFollowUps(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> followUps.countFollowUps(filter()));
        grid.addClassNames("fill", "follow-up-grid");
        RowNavigation.install(grid, f -> ROUTE + "/" + f.id());

        add(new H1(getTranslation("followUps.heading")), tools, grid);
    }

    /** A follow-up on a phone: its title, when and what kind, then its agreement, deadline and status. */
    private RowCard card(FollowUpSummary f) {
        return new RowCard(new RouterLink(f.title(), FollowUpView.class, f.id()))
                .line(new Span(FollowUpFormats.when(f.date(), f.startTime()) + " · "
                        + getTranslation("followUp.kind." + f.kind().name())))
                .fact(getTranslation("followUp.agreement"), f.agreementTitle())
                .fact(getTranslation("followUp.reportDeadline"), Formats.date(f.reportDeadline()))
                .fact(getTranslation("followUp.status"), Formats.status(this, "followUp.status", f.status()));
    }

    private FollowUpFilter filter() {
        return new FollowUpFilter(agreement.getValue() == null ? null : agreement.getValue().id(), past.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("agreement").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                agreements.stream().filter(a -> a.id() == id).findFirst().ifPresent(agreement::setValue);
            } catch (NumberFormatException e) {
                // an unknown agreement shows all follow-ups
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUps.heading") + " – " + getTranslation("app.name");
    }
}
