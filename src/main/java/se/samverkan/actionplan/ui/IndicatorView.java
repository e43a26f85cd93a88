package se.samverkan.actionplan.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.IndicatorDetails;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.ServiceErrors;

/** One indicator: what it measures, baseline and target, the trend (chart and table), and new measurements. */
@Route("indicators")
@PermitAll
public class IndicatorView extends DetailView<IndicatorDetails> {

    private final IndicatorService indicators;

    public IndicatorView(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    protected Optional<IndicatorDetails> load(long id) {
        return indicators.findIndicator(id);
    }

    @Override
    protected String notFoundKey() {
        return "indicator.notFound";
    }

    @Override
    protected String title(IndicatorDetails indicator) {
        return indicator.name();
    }

    @Override
    protected void render(IndicatorDetails indicator) {
        add(owner(indicator));
        add(new H1(indicator.name()));
        if (indicator.description() != null) {
            add(new Paragraph(indicator.description()));
        }
        if (indicator.editable()) {
            Button edit = new Button(getTranslation("indicator.edit"), UiIcon.EDIT.create(),
                    click -> new IndicatorDialog(indicators, indicators.findDraft(indicator.id()), indicator.id(),
                            id -> refresh()).open());
            add(edit);
        }
        add(new DetailList()
                .add(getTranslation("indicator.unit"), indicator.unit())
                .add(getTranslation("indicator.direction"),
                        getTranslation("indicator.direction." + indicator.direction().name()))
                .add(getTranslation("indicator.split"), getTranslation("indicator.split." + indicator.split().name()))
                .add(getTranslation("indicator.baseline"), point(indicator.baselineValue(), indicator.baselineDate(),
                        indicator.unit()))
                .add(getTranslation("indicator.target"), point(indicator.targetValue(), indicator.targetDate(),
                        indicator.unit())));
        add(new H2(getTranslation("indicator.trend")));
        String summary = summary(indicator);
        add(new Paragraph(summary));
        add(new TrendChart(indicator, summary));
        add(new H2(getTranslation("indicator.measurements")));
        add(measurements(indicator));
        if (indicator.editable()) {
            add(new H2(getTranslation("measurement.new")));
            add(new MeasurementForm(indicators, indicator, this::refresh));
        }
    }

    private Anchor owner(IndicatorDetails indicator) {
        if (indicator.actionItemId() != null) {
            return Links.route("action-items/" + indicator.actionItemId(), indicator.actionItemTitle());
        }
        if (indicator.areaId() != null) {
            return Links.route("areas/" + indicator.areaId(), indicator.areaTitle());
        }
        return Links.route("agreements/" + indicator.agreementId(), indicator.agreementTitle());
    }

    private String point(java.math.BigDecimal value, java.time.LocalDate date, String unit) {
        return value == null ? null
                : Formats.number(value, getLocale()) + " " + unit + " (" + Formats.date(date) + ")";
    }

    /** One line that says where the indicator stands, for everyone and as the chart's text alternative. */
    private String summary(IndicatorDetails indicator) {
        if (indicator.measurements().isEmpty()) {
            return getTranslation("indicator.summary.none");
        }
        IndicatorDetails.Measurement latest = indicator.measurements().stream()
                .filter(m -> m.series() == IndicatorSplit.Series.TOTAL).reduce((a, b) -> b)
                .orElse(indicator.measurements().getLast());
        String now = getTranslation("indicator.summary.latest", Formats.number(latest.value(), getLocale()),
                indicator.unit(), Formats.date(latest.measuredOn()),
                getTranslation("indicator.series." + latest.series().name()));
        String target = indicator.targetValue() == null ? ""
                : " " + getTranslation("indicator.summary.target", Formats.number(indicator.targetValue(),
                        getLocale()), indicator.unit(), Formats.date(indicator.targetDate()));
        return now + target + " " + getTranslation("indicator.direction." + indicator.direction().name()) + ".";
    }

    private Grid<IndicatorDetails.Measurement> measurements(IndicatorDetails indicator) {
        Grid<IndicatorDetails.Measurement> grid = new Grid<>();
        grid.addColumn(m -> Formats.date(m.measuredOn())).setHeader(getTranslation("measurement.measuredOn"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("indicator.series." + m.series().name()))
                .setHeader(getTranslation("measurement.series")).setAutoWidth(true);
        grid.addColumn(m -> Formats.number(m.value(), getLocale()) + " " + indicator.unit())
                .setHeader(getTranslation("measurement.value")).setAutoWidth(true);
        grid.addColumn(m -> m.comment() == null ? "" : m.comment()).setHeader(getTranslation("measurement.comment"))
                .setFlexGrow(1);
        grid.addColumn(IndicatorDetails.Measurement::recordedBy).setHeader(getTranslation("measurement.recordedBy"))
                .setAutoWidth(true);
        if (indicator.editable()) {
            grid.addComponentColumn(m -> {
                Button remove = new Button(UiIcon.TRASH.create(), click -> {
                    if (ServiceErrors.attempt(this, java.util.Map.of(),
                            () -> indicators.deleteMeasurement(m.id()))) {
                        refresh();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("measurement.delete", Formats.date(m.measuredOn())));
                return remove;
            }).setHeader(getTranslation("measurement.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(indicator.measurements().reversed());
        grid.setAriaLabel(getTranslation("indicator.measurements"));
        grid.setEmptyStateText(getTranslation("indicator.summary.none"));
        return grid;
    }
}
