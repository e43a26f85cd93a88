package se.samverkan.actionplan;

/** How the responsible judge the item is going. Amber and red say why. */
public enum TrafficLight {
    GREEN, AMBER, RED;

    public boolean needsComment() {
        return this != GREEN;
    }
}
