package se.samverkan.actionplan;

import static se.samverkan.db.Tables.TARGET_GROUP;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
}
