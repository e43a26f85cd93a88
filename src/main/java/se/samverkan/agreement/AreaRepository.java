package se.samverkan.agreement;

import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Writing prioritized areas; reading them is {@link AgreementRepository}'s. */
@Repository
class AreaRepository {

    private final DSLContext dsl;

    AreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AreaDraft> draft(long areaId) {
        return dsl.selectFrom(PRIORITY_AREA).where(PRIORITY_AREA.ID.eq(areaId)).fetchOptional(r -> {
            AreaDraft d = new AreaDraft();
            d.setTitle(r.getTitle());
            d.setDescription(r.getDescription());
            d.setVersion(r.getVersion());
            return d;
        });
    }

    /** Another area of the agreement has the title (compared as the database does: without regard to case). */
    boolean titleTaken(long agreementId, String title, Long exceptId) {
        return dsl.fetchExists(PRIORITY_AREA, PRIORITY_AREA.AGREEMENT_ID.eq(agreementId)
                .and(PRIORITY_AREA.TITLE.eq(title))
                .and(exceptId == null ? DSL.noCondition() : PRIORITY_AREA.ID.ne(exceptId)));
    }

    private int lastPosition(long agreementId) {
        return dsl.select(DSL.coalesce(DSL.max(PRIORITY_AREA.POSITION), 0)).from(PRIORITY_AREA)
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId)).fetchSingle().value1();
    }

    /** A new area comes last; returns its id and position. */
    long insert(long agreementId, AreaDraft d) {
        return dsl.insertInto(PRIORITY_AREA)
                .set(PRIORITY_AREA.AGREEMENT_ID, agreementId)
                .set(PRIORITY_AREA.POSITION, lastPosition(agreementId) + 1)
                .set(PRIORITY_AREA.TITLE, d.getTitle())
                .set(PRIORITY_AREA.DESCRIPTION, d.getDescription())
                .returningResult(PRIORITY_AREA.ID)
                .fetchSingle().value1();
    }

    int update(long areaId, AreaDraft d) {
        return dsl.update(PRIORITY_AREA)
                .set(PRIORITY_AREA.TITLE, d.getTitle())
                .set(PRIORITY_AREA.DESCRIPTION, d.getDescription())
                .set(PRIORITY_AREA.VERSION, PRIORITY_AREA.VERSION.plus(1))
                .where(PRIORITY_AREA.ID.eq(areaId)).and(PRIORITY_AREA.VERSION.eq(d.getVersion()))
                .execute();
    }

    /**
     * Swaps the places of two areas of one agreement; the first must still have the expected version. Goes through a
     * free place after the last, since no two areas of an agreement may share a place even for a moment.
     */
    int swap(long agreementId, long areaId, int expectedVersion, int position, long otherId, int otherPosition) {
        int rows = dsl.update(PRIORITY_AREA)
                .set(PRIORITY_AREA.POSITION, lastPosition(agreementId) + 1)
                .set(PRIORITY_AREA.VERSION, PRIORITY_AREA.VERSION.plus(1))
                .where(PRIORITY_AREA.ID.eq(areaId)).and(PRIORITY_AREA.VERSION.eq(expectedVersion))
                .and(PRIORITY_AREA.POSITION.eq(position))
                .execute();
        if (rows != 1) {
            return 0;
        }
        int others = dsl.update(PRIORITY_AREA)
                .set(PRIORITY_AREA.POSITION, position)
                .set(PRIORITY_AREA.VERSION, PRIORITY_AREA.VERSION.plus(1))
                .where(PRIORITY_AREA.ID.eq(otherId)).and(PRIORITY_AREA.POSITION.eq(otherPosition))
                .execute();
        if (others != 1) {
            return 0;
        }
        return dsl.update(PRIORITY_AREA).set(PRIORITY_AREA.POSITION, otherPosition)
                .where(PRIORITY_AREA.ID.eq(areaId)).execute();
    }

    /** Deletes the area if it still has the version, and closes the gap in the numbering behind it. */
    int delete(long agreementId, long areaId, int expectedVersion, int position) {
        int rows = dsl.deleteFrom(PRIORITY_AREA).where(PRIORITY_AREA.ID.eq(areaId))
                .and(PRIORITY_AREA.VERSION.eq(expectedVersion)).execute();
        if (rows == 1) {
            // in ascending order, so that no two areas share a place even for a moment
            dsl.update(PRIORITY_AREA)
                    .set(PRIORITY_AREA.POSITION, PRIORITY_AREA.POSITION.minus(1))
                    .set(PRIORITY_AREA.VERSION, PRIORITY_AREA.VERSION.plus(1))
                    .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId)).and(PRIORITY_AREA.POSITION.gt(position))
                    .orderBy(PRIORITY_AREA.POSITION.asc())
                    .execute();
        }
        return rows;
    }
}
