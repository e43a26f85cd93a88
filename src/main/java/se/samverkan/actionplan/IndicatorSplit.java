package se.samverkan.actionplan;

import java.util.List;

/** Whether an indicator is measured as one figure or split (women and men, as the gender-equality perspective asks). */
public enum IndicatorSplit {
    NONE(List.of(Series.TOTAL)), GENDER(List.of(Series.WOMEN, Series.MEN, Series.TOTAL));

    private final List<Series> series;

    IndicatorSplit(List<Series> series) {
        this.series = series;
    }

    public List<Series> series() {
        return series;
    }

    /** One line of measurements. */
    public enum Series {
        TOTAL, WOMEN, MEN
    }
}
