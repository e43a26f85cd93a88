package se.samverkan.agreement;

import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AREA_CONTRIBUTION;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Links from local areas to the city-wide areas they contribute to. */
@Repository
class AreaLinkRepository {

    private final DSLContext dsl;

    AreaLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The city-wide agreement above the agreement (its parent, or its parent's parent), if any. */
    Optional<AgreementRef> cityWideAbove(long agreementId) {
        Long current = parentOf(agreementId);
        for (int depth = 0; current != null && depth < 5; depth++) {
            var row = dsl.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT.KIND, AGREEMENT.PARENT_ID).from(AGREEMENT)
                    .where(AGREEMENT.ID.eq(current)).fetchOne();
            if (row == null) {
                return Optional.empty();
            }
            if (AgreementKind.CITY_WIDE.name().equals(row.value3())) {
                return Optional.of(new AgreementRef(row.value1(), row.value2(), AgreementKind.CITY_WIDE));
            }
            current = row.value4();
        }
        return Optional.empty();
    }

    private Long parentOf(long agreementId) {
        return dsl.select(AGREEMENT.PARENT_ID).from(AGREEMENT).where(AGREEMENT.ID.eq(agreementId))
                .fetchOptional(r -> r.value1()).orElse(null);
    }

    List<AreaLinks.LinkedArea> linkedAreas(long agreementId) {
        Map<Long, Set<Long>> links = new HashMap<>();
        dsl.select(AREA_CONTRIBUTION.AREA_ID, AREA_CONTRIBUTION.CITY_AREA_ID).from(AREA_CONTRIBUTION)
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(AREA_CONTRIBUTION.AREA_ID))
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .forEach(r -> links.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.VERSION)
                .from(PRIORITY_AREA).where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new AreaLinks.LinkedArea(r.value1(), r.value2(), r.value3(), r.value4(),
                        links.getOrDefault(r.value1(), Set.of())));
    }

    List<AreaOverview> areas(long agreementId) {
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION,
                        PRIORITY_AREA.VERSION)
                .from(PRIORITY_AREA).where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new AreaOverview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Moves the area's version on, as the lock of its set of links; false when someone saved in between. */
    boolean bumpVersion(long areaId, int version) {
        return dsl.update(PRIORITY_AREA).set(PRIORITY_AREA.VERSION, PRIORITY_AREA.VERSION.plus(1))
                .where(PRIORITY_AREA.ID.eq(areaId)).and(PRIORITY_AREA.VERSION.eq(version)).execute() == 1;
    }

    void replaceLinks(long areaId, Collection<Long> cityAreaIds) {
        dsl.deleteFrom(AREA_CONTRIBUTION).where(AREA_CONTRIBUTION.AREA_ID.eq(areaId)).execute();
        if (!cityAreaIds.isEmpty()) {
            var insert = dsl.insertInto(AREA_CONTRIBUTION, AREA_CONTRIBUTION.AREA_ID, AREA_CONTRIBUTION.CITY_AREA_ID);
            for (Long cityAreaId : cityAreaIds) {
                insert = insert.values(areaId, cityAreaId);
            }
            insert.execute();
        }
    }
}
