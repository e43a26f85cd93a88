package se.samverkan.actionplan;

/** Whether more or less of an indicator is better. */
public enum IndicatorDirection {
    HIGHER, LOWER
}
