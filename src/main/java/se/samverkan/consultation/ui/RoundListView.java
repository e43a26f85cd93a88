package se.samverkan.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RoundSummary;
import se.samverkan.organisation.OrganisationService;

/**
 * The consultation rounds of the agreements the user reads, open ones first: what was sent, by whom, when it is due,
 * and how many of the bodies asked have answered (and how many are overdue). Below 700 px each row is one card.
 */
@Route("consultations")
@PermitAll
@StyleSheet("styles/consultation.css")
public class RoundListView extends Main implements HasDynamicTitle {

    private static final int NARROW = 700;

    private final Grid<RoundSummary> grid = new Grid<>();
    private final List<Grid.Column<RoundSummary>> wide;
    private final Grid.Column<RoundSummary> card;
    private Registration resize;

    public RoundListView(ConsultationService consultations, AgreementService agreements,
            OrganisationService organisations) {
        addClassNames("page", "list-page", "consultation-page");
        add(new H1(getTranslation("consultations.heading")), new Paragraph(getTranslation("consultations.intro")));
        List<AgreementRef> manageable = agreements.findRefs(null).stream()
                .filter(a -> consultations.canCreateRoundFor(a.id())).toList();
        if (!manageable.isEmpty()) {
            Button create = new Button(getTranslation("consultation.round.new"), UiIcon.PLUS.create(),
                    click -> new RoundDialog(consultations, organisations, null, manageable, null,
                            id -> getUI().ifPresent(ui -> ui.navigate(Routes.round(id)))).open());
            Div actions = new Div(create);
            actions.addClassName("item-actions");
            add(actions);
        }
        Grid.Column<RoundSummary> title = grid.addComponentColumn(r -> Routes.link(Routes.round(r.id()), r.title()))
                .setHeader(getTranslation("consultation.round.title")).setWidth("16rem").setFlexGrow(3);
        Grid.Column<RoundSummary> agreement = grid.addColumn(RoundSummary::agreementTitle)
                .setHeader(getTranslation("consultation.round.agreement")).setWidth("12rem").setFlexGrow(2);
        Grid.Column<RoundSummary> sender = grid.addColumn(r -> r.sentBy()
                        + (r.diaryNumber() == null ? "" : ", " + r.diaryNumber()))
                .setHeader(getTranslation("consultation.round.sentBy")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<RoundSummary> due = grid.addColumn(r -> Formats.date(r.dueOn()))
                .setHeader(getTranslation("consultation.round.dueOn")).setWidth("7.5rem").setFlexGrow(0);
        Grid.Column<RoundSummary> answered = grid.addComponentColumn(this::answered)
                .setHeader(getTranslation("consultation.round.answers")).setWidth("10rem").setFlexGrow(0);
        wide = List.of(title, agreement, sender, due, answered);
        card = grid.addComponentColumn(this::card).setHeader(getTranslation("consultations.heading"));
        card.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("consultations.heading"));
        grid.setEmptyStateText(getTranslation("consultations.empty"));
        grid.setItems(query -> consultations.findRounds(query.getOffset(), query.getLimit()).stream(),
                query -> consultations.countRounds());
        RowNavigation.install(grid, r -> Routes.round(r.id()));
        grid.addClassName("fill");
        add(grid);
    }

    private Div answered(RoundSummary round) {
        Div cell = new Div(Formats.status(this, "consultation.roundStatus", round.status()),
                new Span(getTranslation("consultation.round.answeredOf", round.answered(), round.bodies())));
        if (round.overdue() > 0) {
            Span overdue = new Span(getTranslation("consultation.round.overdueCount", round.overdue()));
            overdue.addClassName("overdue");
            cell.add(overdue);
        }
        cell.addClassName("standing-cell");
        return cell;
    }

    private Div card(RoundSummary round) {
        var title = Routes.link(Routes.round(round.id()), round.title());
        title.addClassName("card-title");
        Div card = new Div(title, new Span(round.agreementTitle()),
                new Span(getTranslation("consultation.round.dueOn") + ": " + Formats.date(round.dueOn())),
                answered(round));
        card.addClassName("item-card");
        return card;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> layoutFor(details.getWindowInnerWidth()));
        resize = attach.getUI().getPage().addBrowserWindowResizeListener(event -> layoutFor(event.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(detach);
    }

    private void layoutFor(int width) {
        boolean narrow = width > 0 && width < NARROW;
        card.setVisible(narrow);
        wide.forEach(column -> column.setVisible(!narrow));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.heading") + " – " + getTranslation("app.name");
    }
}
