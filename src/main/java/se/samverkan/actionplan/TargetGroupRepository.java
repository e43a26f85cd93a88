package se.samverkan.actionplan;

import static se.samverkan.db.Tables.TARGET_GROUP;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class TargetGroupRepository {

    private final DSLContext dsl;

    TargetGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<TargetGroupRef> all(boolean activeOnly) {
        return dsl.selectFrom(TARGET_GROUP)
                .where(activeOnly ? TARGET_GROUP.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(TARGET_GROUP.POSITION, TARGET_GROUP.ID)
                .fetch(r -> new TargetGroupRef(r.getId(), r.getNameSv(), r.getNameEn(), r.getPosition(),
                        Boolean.TRUE.equals(r.getActive()), r.getVersion()));
    }

    Set<Long> activeAmong(Collection<Long> ids) {
        return new HashSet<>(dsl.select(TARGET_GROUP.ID).from(TARGET_GROUP)
                .where(TARGET_GROUP.ID.in(ids)).and(TARGET_GROUP.ACTIVE.isTrue()).fetch(r -> r.value1()));
    }

    Optional<TargetGroupDraft> draft(long id) {
        return dsl.selectFrom(TARGET_GROUP).where(TARGET_GROUP.ID.eq(id)).fetchOptional(r -> {
            TargetGroupDraft d = new TargetGroupDraft();
            d.setNameSv(r.getNameSv());
            d.setNameEn(r.getNameEn());
            d.setActive(Boolean.TRUE.equals(r.getActive()));
            d.setVersion(r.getVersion());
            return d;
        });
    }

    /** Another group has the Swedish name (compared as the database does: without regard to case). */
    boolean nameSvTaken(String name, Long exceptId) {
        return dsl.fetchExists(TARGET_GROUP, TARGET_GROUP.NAME_SV.eq(name).and(other(exceptId)));
    }

    boolean nameEnTaken(String name, Long exceptId) {
        return dsl.fetchExists(TARGET_GROUP, TARGET_GROUP.NAME_EN.eq(name).and(other(exceptId)));
    }

    private static org.jooq.Condition other(Long exceptId) {
        return exceptId == null ? DSL.noCondition() : TARGET_GROUP.ID.ne(exceptId);
    }

    /** A new group goes last. */
    long insert(TargetGroupDraft d) {
        int last = dsl.select(DSL.coalesce(DSL.max(TARGET_GROUP.POSITION), 0)).from(TARGET_GROUP).fetchSingle()
                .value1();
        return dsl.insertInto(TARGET_GROUP)
                .set(TARGET_GROUP.NAME_SV, d.getNameSv())
                .set(TARGET_GROUP.NAME_EN, d.getNameEn())
                .set(TARGET_GROUP.ACTIVE, d.isActive())
                .set(TARGET_GROUP.POSITION, last + 1)
                .returningResult(TARGET_GROUP.ID)
                .fetchSingle().value1();
    }

    /** Updates the group if it still has the version the draft was read at; returns the rows updated. */
    int update(long id, TargetGroupDraft d) {
        return dsl.update(TARGET_GROUP)
                .set(TARGET_GROUP.NAME_SV, d.getNameSv())
                .set(TARGET_GROUP.NAME_EN, d.getNameEn())
                .set(TARGET_GROUP.ACTIVE, d.isActive())
                .set(TARGET_GROUP.VERSION, TARGET_GROUP.VERSION.plus(1))
                .where(TARGET_GROUP.ID.eq(id)).and(TARGET_GROUP.VERSION.eq(d.getVersion()))
                .execute();
    }

    /** Moves a group to a place in the list, if it still has the expected version (null: whatever it has). */
    int setPosition(long id, int position, Integer expectedVersion) {
        return dsl.update(TARGET_GROUP)
                .set(TARGET_GROUP.POSITION, position)
                .set(TARGET_GROUP.VERSION, TARGET_GROUP.VERSION.plus(1))
                .where(TARGET_GROUP.ID.eq(id))
                .and(expectedVersion == null ? DSL.noCondition() : TARGET_GROUP.VERSION.eq(expectedVersion))
                .execute();
    }
}
