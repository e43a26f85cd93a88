package se.samverkan.actionplan;

/**
 * A change of an item's status, progress, traffic light and its comment, as a bulk update (an imported file) asks
 * for it: {@code version} is the item's version when the file was exported, so that a newer save is not overwritten.
 * {@code row} is where the change came from (a row number), for the messages.
 */
public record ItemUpdate(int row, long itemId, int version, ActionItemStatus status, int progress,
        TrafficLight trafficLight, String trafficLightComment) {
}
