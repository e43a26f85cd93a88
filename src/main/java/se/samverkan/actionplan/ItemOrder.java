package se.samverkan.actionplan;

/** One sort column of an item list. */
public record ItemOrder(ItemSort sort, boolean descending) {
}
