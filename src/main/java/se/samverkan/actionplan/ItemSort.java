package se.samverkan.actionplan;

/** The columns an item list can be sorted by; with none, overdue items come first, then by due date. */
public enum ItemSort {
    TITLE, AREA, LEAD, RESPONSIBLE, DUE_DATE, STATUS, TRAFFIC_LIGHT, PROGRESS
}
