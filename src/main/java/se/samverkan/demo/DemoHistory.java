package se.samverkan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.IndicatorSummary;
import se.samverkan.actionplan.MeasurementDraft;
import se.samverkan.actionplan.ProgressReportDraft;
import se.samverkan.actionplan.ProgressReportService;
import se.samverkan.actionplan.TrafficLight;

/**
 * A few real edits by the demo users, made through the services right after the demo data is loaded, so that those
 * items' History tab shows who changed what, with before and after: a status change, a progress report that turns the
 * traffic light amber, and a measurement of the citizen promise's safety walks.
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoHistory {

    static final String TRAINING = "Utbildning om hedersrelaterat våld för skola och förskola";
    static final String EVENING_PATROLS = "Synlig polis i Högdalens centrum kvällstid";
    static final String SAFETY_WALKS = "Trygghetsvandringar i Rågsved och Hagsätra";
    static final String WALKS_HELD = "Genomförda trygghetsvandringar under året";

    private final DemoActors actors;
    private final ActionPlanService actionPlans;
    private final ProgressReportService reports;
    private final IndicatorService indicators;

    DemoHistory(DemoActors actors, ActionPlanService actionPlans, ProgressReportService reports,
            IndicatorService indicators) {
        this.actors = actors;
        this.actionPlans = actionPlans;
        this.reports = reports;
        this.indicators = indicators;
    }

    /** Makes the edits as of today; {@code walksHeld} is the number of the year's safety walks held by today. */
    void make(LocalDate today, int walksHeld) {
        actors.asUser("stad", this::startTheTraining);
        actors.asUser("polis", () -> reportOnTheEveningPatrols(today));
        actors.asUser("stad", () -> countTheSafetyWalks(today, walksHeld));
    }

    /** The training has begun: planned becomes ongoing. */
    private void startTheTraining() {
        long id = item(TRAINING);
        ActionItemDraft draft = actionPlans.editDraft(id);
        draft.setStatus(ActionItemStatus.ONGOING);
        draft.setProgress(10);
        actionPlans.updateItem(id, draft);
    }

    /** Two weekends could not be staffed: the light turns amber, the report says why. */
    private void reportOnTheEveningPatrols(LocalDate today) {
        long id = item(EVENING_PATROLS);
        ProgressReportDraft draft = reports.newDraft(id);
        draft.setReportedOn(today);
        draft.setStatus(ActionItemStatus.ONGOING);
        draft.setProgress(45);
        draft.setTrafficLight(TrafficLight.AMBER);
        draft.setSummary("Två av de utpekade helgerna kunde inte bemannas, eftersom poliserna behövdes vid andra "
                + "händelser i lokalpolisområdet. De helgerna tas igen under de kommande veckorna.");
        reports.addReport(id, draft, List.of());
    }

    /** The coordinator records how many of the promised walks have been held so far this year. */
    private void countTheSafetyWalks(LocalDate today, int walksHeld) {
        long id = item(SAFETY_WALKS);
        IndicatorSummary walks = indicators.findOfItem(id).stream().filter(i -> i.name().equals(WALKS_HELD))
                .findFirst().orElseThrow(() -> new IllegalStateException("no indicator " + WALKS_HELD));
        MeasurementDraft measurement = new MeasurementDraft();
        measurement.setMeasuredOn(today);
        measurement.setSeries(IndicatorSplit.Series.TOTAL);
        measurement.setValue(BigDecimal.valueOf(walksHeld));
        measurement.setComment("Räknat från årets början inför avstämningen med polisen.");
        indicators.addMeasurement(walks.id(), measurement);
    }

    private long item(String title) {
        return actionPlans.findItemsByTitle(title, 10).stream().filter(i -> i.title().equals(title))
                .map(ActionItemSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo item " + title));
    }
}
