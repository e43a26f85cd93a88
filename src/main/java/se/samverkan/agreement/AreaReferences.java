package se.samverkan.agreement;

/**
 * What other features hang on a prioritized area (action items, for one), so that an area is deleted only when
 * nothing does. Implemented by the features that build on areas; this feature cannot look into their tables.
 */
public interface AreaReferences {

    /** How many things of the implementing feature belong to the area, whoever may read them. */
    int countInArea(long areaId);
}
