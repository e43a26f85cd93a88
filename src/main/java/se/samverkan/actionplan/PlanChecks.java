package se.samverkan.actionplan;

import java.time.LocalDate;

import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;

/** The rules of an action plan: a title, a period that ends after it starts, one plan per start date. */
final class PlanChecks {

    private PlanChecks() {
    }

    /** Returns the cleaned title, or throws with every problem found. */
    static String check(String title, LocalDate start, LocalDate end, boolean periodTaken, int itemsOutside) {
        String clean = Texts.clean(title);
        Checks checks = new Checks();
        checks.require(clean != null, "title", "actionPlan.error.title");
        checks.require(clean == null || clean.length() <= ActionItemDraft.TITLE_MAX, "title",
                "validation.tooLong", ActionItemDraft.TITLE_MAX);
        String problem = Texts.problem(clean, false);
        if (problem != null) {
            checks.add("title", problem);
        }
        checks.require(start != null, "periodStart", "actionPlan.error.start");
        checks.require(end != null, "periodEnd", "actionPlan.error.end");
        if (start != null && end != null) {
            checks.require(!end.isBefore(start), "periodEnd", "actionPlan.error.period");
        }
        checks.require(!periodTaken, "periodStart", "actionPlan.error.periodTaken");
        checks.require(itemsOutside == 0, "periodStart", "actionPlan.error.itemsOutside", itemsOutside);
        checks.throwIfAny();
        return clean;
    }
}
