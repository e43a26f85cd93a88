package se.samverkan.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.base.validation.ValidationException;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.DashboardQuery;
import se.samverkan.dashboard.DashboardService;

/**
 * The managers' overview of one agreement, or of the whole city (every agreement the user reads), for a period. The
 * choice lives in the URL ({@code dashboard?agreement=1&from=2026-01-01&to=2026-12-31}, or {@code scope=city}), so a
 * view can be shared. Each panel is a chart with a one-line summary and a table alternative; clicks lead to the
 * filtered item list.
 */
@Route("dashboard")
@PermitAll
@StyleSheet("styles/dashboard.css")
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The whole city, as the first choice of the agreement picker. */
    private static final AgreementRef WHOLE_CITY = new AgreementRef(0, "", AgreementKind.CITY_WIDE);

    private final DashboardService dashboards;
    private final AgreementService agreements;
    private final ComboBox<AgreementRef> scope = new ComboBox<>();
    private final DatePicker from = ComponentTexts.localized(new DatePicker());
    private final DatePicker to = ComponentTexts.localized(new DatePicker());
    private final Paragraph showing = new Paragraph();
    private final DashboardPanels panels = new DashboardPanels();
    private boolean applying;
    /** What is shown, to send again when the browser has lost it (Vaadin resynchronised and re-attached the view). */
    private DashboardQuery shown;

    public DashboardView(DashboardService dashboards, AgreementService agreements) {
        this.dashboards = dashboards;
        this.agreements = agreements;
        addClassNames("page", "dashboard-page");
        scope.setLabel(getTranslation("dashboard.scope"));
        scope.setItemLabelGenerator(this::label);
        scope.setItems(query -> fetch(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> agreements.countAgreements(query.getFilter().orElse("")) + (city(query.getFilter()) ? 1 : 0));
        scope.setWidthFull();
        from.setLabel(getTranslation("dashboard.from"));
        to.setLabel(getTranslation("dashboard.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setRequired(true);
        to.setRequired(true);
        scope.addValueChangeListener(change -> changed(true));
        from.addValueChangeListener(change -> changed(false));
        to.addValueChangeListener(change -> changed(false));
        FormLayout controls = new FormLayout(scope, from, to);
        controls.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        controls.setColspan(scope, 2);
        controls.addClassName("filters");
        showing.addClassName("dashboard-showing");
        add(new H1(getTranslation("dashboard.heading")), controls, showing, panels);
    }

    private String label(AgreementRef ref) {
        return ref.id() == 0 ? getTranslation("dashboard.wholeCity")
                : ref.title() + " (" + getTranslation("agreement.kind." + ref.kind().name()) + ")";
    }

    private boolean city(Optional<String> filter) {
        String f = filter.orElse("").trim().toLowerCase(getLocale());
        return f.isEmpty() || getTranslation("dashboard.wholeCity").toLowerCase(getLocale()).contains(f);
    }

    /** The whole city first (when it matches the filter), then the agreements the user reads, a page at a time. */
    private List<AgreementRef> fetch(String filter, int offset, int limit) {
        List<AgreementRef> page = new ArrayList<>();
        int shift = city(Optional.of(filter)) ? 1 : 0;
        if (shift == 1 && offset == 0) {
            page.add(WHOLE_CITY);
            limit--;
        }
        if (limit > 0) {
            agreements.findAgreements(filter, Math.max(0, offset - shift), limit)
                    .forEach(a -> page.add(new AgreementRef(a.id(), a.title(), a.kind())));
        }
        return page;
    }

    private void changed(boolean scopeChanged) {
        // an emptied or unreadable date keeps the page as it is, with the field's message, until it is put right
        if (applying || !scopeChanged && (from.getValue() == null || to.getValue() == null)) {
            return;
        }
        Map<String, String> p = new LinkedHashMap<>();
        AgreementRef chosen = scope.getValue();
        if (chosen == null || chosen.id() == 0) {
            p.put("scope", "city");
        } else {
            p.put("agreement", String.valueOf(chosen.id()));
        }
        // another agreement opens with its own plan's period; a changed date keeps the other one
        if (!scopeChanged && from.getValue() != null && to.getValue() != null) {
            p.put("from", from.getValue().toString());
            p.put("to", to.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate("dashboard", QueryParameters.simple(p)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> q = event.getLocation().getQueryParameters().getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        Long agreementId = number(q.get("agreement"));
        if (agreementId == null && !"city".equals(q.get("scope"))) {
            // a first visit opens the city-wide agreement, when the user reads one
            agreementId = agreements.findRefs(AgreementKind.CITY_WIDE).stream().findFirst().map(AgreementRef::id)
                    .orElse(null);
        }
        Optional<AgreementRef> agreement = agreementId == null ? Optional.empty() : agreements.findRef(agreementId);
        if (agreementId != null && agreement.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("dashboard.notFound"));
            return;
        }
        DashboardQuery defaults = dashboards.defaultQuery(agreementId);
        LocalDate start = date(q.get("from")).orElse(defaults.from());
        LocalDate end = date(q.get("to")).orElse(defaults.to());
        applying = true;
        try {
            scope.setValue(agreement.orElse(WHOLE_CITY));
            from.setValue(start);
            to.setValue(end);
        } finally {
            applying = false;
        }
        show(new DashboardQuery(agreementId, start, end));
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        // the panels' content lives only in the browser: a view attached again gets it again
        if (!attach.isInitialAttach() && shown != null) {
            show(shown);
        }
    }

    private void show(DashboardQuery query) {
        shown = null;
        Dashboard d;
        try {
            d = dashboards.load(query);
        } catch (ValidationException e) {
            panels.clear();
            ServiceErrors.showValidation(this, Map.of("from", from, "to", to), e);
            // the reason stands at the date it concerns; repeating one here could contradict it
            showing.setText(getTranslation("dashboard.error.notShown"));
            return;
        } catch (AccessDeniedException e) {
            panels.clear();
            showing.setText(getTranslation("dashboard.notFound"));
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        Board board = new Board(Links.locale().getLanguage(), getTranslation("dashboard.showTable"));
        board.append(KeyFigures.figures(this, d)).append("<div class=\"dashboard-grid\">");
        StatusPanels.byStatus(this, d, board);
        StatusPanels.byLight(this, d, board);
        board.append(KeyFigures.overdue(this, d)).append(KeyFigures.stale(this, d))
                .append(KeyFigures.upcoming(this, d));
        ProgressPanel.create(this, d, board);
        ResourcePanel.create(this, d, board);
        OwnerPanel.create(this, d, board);
        if (d.coverage() != null) {
            CoveragePanel.create(this, d, board);
        } else {
            board.append("<p class=\"dashboard-hint\">")
                    .append(Markup.escape(getTranslation("dashboard.coverage.chooseCityWide"))).append("</p>");
        }
        board.append("</div>");
        if (!d.indicators().shown().isEmpty()) {
            board.append("<h2>").append(Markup.escape(getTranslation("dashboard.indicators.heading"))).append("</h2><p>")
                    .append(Markup.escape(getTranslation("dashboard.indicators.shown", d.indicators().shown().size(),
                            d.indicators().total())))
                    .append("</p><div class=\"dashboard-grid\">");
            IndicatorPanels.create(this, d, board);
            board.append("</div>");
        }
        // the caption changes with the panels, never before them
        showing.setText(getTranslation("dashboard.showing",
                d.agreementTitle() == null ? getTranslation("dashboard.wholeCity") : d.agreementTitle(),
                Formats.date(query.from()), Formats.date(query.to())));
        panels.show(board);
        shown = query;
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading") + " – " + getTranslation("app.name");
    }
}
