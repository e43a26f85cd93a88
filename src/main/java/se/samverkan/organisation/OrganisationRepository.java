package se.samverkan.organisation;

import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.base.db.Filters;

@Repository
class OrganisationRepository {

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<OrganisationRef> all() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, ORGANISATION.KIND,
                        ORGANISATION.AGENCY, ORGANISATION.PARENT_ID)
                .from(ORGANISATION)
                .orderBy(ORGANISATION.AGENCY, ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    boolean exists(long id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
    }

    Optional<OrganisationRef> ref(long id) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, ORGANISATION.KIND,
                        ORGANISATION.AGENCY, ORGANISATION.PARENT_ID)
                .from(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchOptional(r -> new OrganisationRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    // --- editing organisations ------------------------------------------------------------------------------------

    /** The organisation as its form edits it. */
    Optional<OrganisationDraft> draft(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(r -> {
            OrganisationDraft d = new OrganisationDraft();
            d.setName(r.getName());
            d.setShortName(r.getShortName());
            d.setKind(OrganisationKind.valueOf(r.getKind()));
            d.setAgency(Agency.valueOf(r.getAgency()));
            d.setParentId(r.getParentId());
            d.setVersion(r.getVersion());
            return d;
        });
    }

    /** Another organisation has the name (compared as the database does: case and accents of the collation). */
    boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq(name)
                .and(exceptId == null ? DSL.noCondition() : ORGANISATION.ID.ne(exceptId)));
    }

    /** The agencies of the organisation's direct children. */
    Set<String> childAgencies(long id) {
        return new HashSet<>(dsl.selectDistinct(ORGANISATION.AGENCY).from(ORGANISATION)
                .where(ORGANISATION.PARENT_ID.eq(id)).fetch(r -> r.value1()));
    }

    long insert(OrganisationDraft d) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, d.getName())
                .set(ORGANISATION.SHORT_NAME, d.getShortName())
                .set(ORGANISATION.KIND, d.getKind().name())
                .set(ORGANISATION.AGENCY, d.getAgency().name())
                .set(ORGANISATION.PARENT_ID, d.getParentId())
                .returningResult(ORGANISATION.ID)
                .fetchSingle().value1();
    }

    /** Updates the organisation if it still has the version the draft was read at; returns the rows updated. */
    int update(long id, OrganisationDraft d) {
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, d.getName())
                .set(ORGANISATION.SHORT_NAME, d.getShortName())
                .set(ORGANISATION.KIND, d.getKind().name())
                .set(ORGANISATION.AGENCY, d.getAgency().name())
                .set(ORGANISATION.PARENT_ID, d.getParentId())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id)).and(ORGANISATION.VERSION.eq(d.getVersion()))
                .execute();
    }

    private static final Field<Long> TREE_ID = DSL.field(DSL.name("tree", "node_id"), Long.class);
    private static final Field<Long> CHAIN_ID = DSL.field(DSL.name("chain", "node_id"), Long.class);

    /**
     * {@code tree}: the organisation and all below it, walking the hierarchy down in the database ({@code union}, not
     * {@code union all}: should the hierarchy ever hold a cycle, the walk stops instead of running to the server's
     * recursion limit; the same for {@code chain}).
     */
    private static CommonTableExpression<Record1<Long>> tree(long organisationId) {
        return DSL.name("tree").fields("node_id").as(
                DSL.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.ID.eq(organisationId))
                        .union(DSL.select(ORGANISATION.ID).from(ORGANISATION)
                                .join(DSL.table(DSL.name("tree"))).on(ORGANISATION.PARENT_ID.eq(TREE_ID))));
    }

    /** {@code chain}: the organisation and all above it. */
    private static CommonTableExpression<?> chain(long organisationId) {
        Field<Long> parent = DSL.field(DSL.name("chain", "up_id"), Long.class);
        return DSL.name("chain").fields("node_id", "up_id").as(
                DSL.select(ORGANISATION.ID, ORGANISATION.PARENT_ID).from(ORGANISATION)
                        .where(ORGANISATION.ID.eq(organisationId))
                        .union(DSL.select(ORGANISATION.ID, ORGANISATION.PARENT_ID).from(ORGANISATION)
                                .join(DSL.table(DSL.name("chain"))).on(ORGANISATION.ID.eq(parent))));
    }

    /** The organisation and all below it. */
    Set<Long> selfAndBelow(long organisationId) {
        return new HashSet<>(dsl.withRecursive(tree(organisationId)).select(TREE_ID).from(DSL.table(DSL.name("tree")))
                .fetch(r -> r.value1()));
    }

    /** The organisation with all below it and all above it: both walks in one statement. */
    OrganisationReach reach(long organisationId) {
        Set<Long> below = new HashSet<>();
        Set<Long> above = new HashSet<>();
        dsl.withRecursive(tree(organisationId), chain(organisationId))
                .select(DSL.inline(true).as("is_below"), TREE_ID.as("node_id")).from(DSL.table(DSL.name("tree")))
                .unionAll(DSL.select(DSL.inline(false), CHAIN_ID).from(DSL.table(DSL.name("chain"))))
                .forEach(r -> (Boolean.TRUE.equals(r.value1()) ? below : above).add(r.value2()));
        return new OrganisationReach(organisationId, below, above);
    }

    List<PersonRef> people(String filter, Collection<Long> organisationIds, boolean activeOnly, int offset, int limit) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.TITLE, ORGANISATION.ID,
                        ORGANISATION.NAME, PERSON.ACTIVE)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(Filters.containsIgnoreCase(filter, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME))
                .and(organisationIds == null ? DSL.noCondition() : PERSON.ORGANISATION_ID.in(organisationIds))
                .and(activeOnly ? PERSON.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Boolean.TRUE.equals(r.value7())));
    }

    int countPeople(String filter, Collection<Long> organisationIds, boolean activeOnly) {
        return dsl.fetchCount(dsl.select(PERSON.ID)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(Filters.containsIgnoreCase(filter, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME))
                .and(organisationIds == null ? DSL.noCondition() : PERSON.ORGANISATION_ID.in(organisationIds))
                .and(activeOnly ? PERSON.ACTIVE.isTrue() : DSL.noCondition()));
    }

    Optional<PersonRef> person(long id) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.TITLE, ORGANISATION.ID,
                        ORGANISATION.NAME, PERSON.ACTIVE)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.eq(id))
                .fetchOptional(r -> new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), Boolean.TRUE.equals(r.value7())));
    }
}
