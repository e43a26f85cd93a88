package se.samverkan.agreement;

import java.util.List;
import java.util.Set;

/**
 * The areas of a local agreement (or citizen promise) with the city-wide areas each contributes to, and the areas of
 * the city-wide agreement above it that they may name. {@code cityWide} is null when no city-wide agreement is above.
 */
public record AreaLinks(long agreementId, AgreementRef cityWide, List<AreaOverview> cityAreas, List<LinkedArea> areas,
        boolean manageable) {

    /** One local area, its version (the links are saved under it) and the city-wide areas it names. */
    public record LinkedArea(long id, int position, String title, int version, Set<Long> cityAreaIds) {

        public LinkedArea {
            cityAreaIds = Set.copyOf(cityAreaIds);
        }
    }

    public AreaLinks {
        cityAreas = List.copyOf(cityAreas);
        areas = List.copyOf(areas);
    }
}
