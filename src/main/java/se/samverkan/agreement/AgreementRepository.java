package se.samverkan.agreement;

import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static org.jooq.impl.DSL.groupConcat;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.base.db.Filters;
import se.samverkan.db.tables.Agreement;

@Repository
class AgreementRepository {

    private final DSLContext dsl;

    AgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count(String filter, AgreementScope scope) {
        return dsl.fetchCount(AGREEMENT, matches(filter).and(within(scope)));
    }

    private static Condition within(AgreementScope scope) {
        return scope.all() ? DSL.noCondition() : AGREEMENT.ID.in(scope.agreementIds());
    }

    List<AgreementSummary> page(String filter, AgreementScope scope, int offset, int limit) {
        Field<String> parties = select(groupConcat(ORGANISATION.NAME).orderBy(ORGANISATION.NAME).separator(", "))
                .from(AGREEMENT_PARTY).join(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT_PARTY.ORGANISATION_ID))
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(AGREEMENT.ID)).asField("parties");
        return dsl.select(AGREEMENT.ID, AGREEMENT.KIND, AGREEMENT.TITLE, AGREEMENT.DIARY_NUMBER,
                        AGREEMENT.PERIOD_START, AGREEMENT.PERIOD_END, AGREEMENT.STATUS, parties)
                .from(AGREEMENT)
                .where(matches(filter)).and(within(scope))
                // city-wide first, then local agreements, then citizen promises; newest first within each
                .orderBy(DSL.field("FIELD({0}, 'CITY_WIDE', 'LOCAL', 'CITIZEN_PROMISE')", Integer.class, AGREEMENT.KIND),
                        AGREEMENT.PERIOD_START.desc(), AGREEMENT.TITLE)
                .offset(offset).limit(limit)
                .fetch(r -> new AgreementSummary(r.value1(), AgreementKind.valueOf(r.value2()), r.value3(),
                        r.value4(), r.value5(), r.value6(), AgreementStatus.valueOf(r.value7()), r.value8()));
    }

    private static Condition matches(String filter) {
        return Filters.containsIgnoreCase(filter, AGREEMENT.TITLE, AGREEMENT.DIARY_NUMBER);
    }

    Optional<AgreementDetails> find(long id, AgreementScope scope, boolean manageable) {
        Agreement parent = AGREEMENT.as("parent");
        return dsl.select(AGREEMENT.ID, AGREEMENT.KIND, AGREEMENT.TITLE, AGREEMENT.DIARY_NUMBER, AGREEMENT.SUMMARY,
                        AGREEMENT.PERIOD_START, AGREEMENT.PERIOD_END, AGREEMENT.STATUS, AGREEMENT.ADOPTED_ON,
                        AGREEMENT.ADOPTED_BY, parent.ID, parent.TITLE, parent.KIND)
                .from(AGREEMENT)
                .leftJoin(parent).on(parent.ID.eq(AGREEMENT.PARENT_ID))
                .where(AGREEMENT.ID.eq(id))
                .fetchOptional(r -> new AgreementDetails(r.value1(), AgreementKind.valueOf(r.value2()), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), AgreementStatus.valueOf(r.value8()),
                        r.value9(), r.value10(),
                        r.value11() == null ? null
                                : new AgreementRef(r.value11(), r.value12(), AgreementKind.valueOf(r.value13())),
                        parties(id), children(id, scope), manageable));
    }

    private List<AgreementDetails.Party> parties(long agreementId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.AGENCY)
                .from(AGREEMENT_PARTY).join(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT_PARTY.ORGANISATION_ID))
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(agreementId))
                .orderBy(ORGANISATION.AGENCY, ORGANISATION.NAME)
                .fetch(r -> new AgreementDetails.Party(r.value1(), r.value2(), r.value3()));
    }

    private List<AgreementRef> children(long agreementId, AgreementScope scope) {
        return dsl.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT.KIND)
                .from(AGREEMENT).where(AGREEMENT.PARENT_ID.eq(agreementId)).and(within(scope))
                .orderBy(AGREEMENT.KIND, AGREEMENT.TITLE)
                .fetch(r -> new AgreementRef(r.value1(), r.value2(), AgreementKind.valueOf(r.value3())));
    }

    /** The agreement's areas in order. */
    List<AreaOverview> areas(long agreementId) {
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION,
                        PRIORITY_AREA.VERSION)
                .from(PRIORITY_AREA)
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new AreaOverview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Agreements one of whose parties is among the organisations. */
    Set<Long> agreementsWithPartyIn(Collection<Long> organisationIds) {
        return new HashSet<>(dsl.selectDistinct(AGREEMENT_PARTY.AGREEMENT_ID).from(AGREEMENT_PARTY)
                .where(AGREEMENT_PARTY.ORGANISATION_ID.in(organisationIds))
                .fetch(r -> r.value1()));
    }

    Optional<AgreementRef> ref(long id) {
        return dsl.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT.KIND).from(AGREEMENT).where(AGREEMENT.ID.eq(id))
                .fetchOptional(r -> new AgreementRef(r.value1(), r.value2(), AgreementKind.valueOf(r.value3())));
    }

    List<AgreementRef> refs(AgreementKind kind, AgreementScope scope) {
        return dsl.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT.KIND).from(AGREEMENT)
                .where(kind == null ? DSL.noCondition() : AGREEMENT.KIND.eq(kind.name())).and(within(scope))
                .orderBy(AGREEMENT.TITLE)
                .fetch(r -> new AgreementRef(r.value1(), r.value2(), AgreementKind.valueOf(r.value3())));
    }

    Optional<Long> agreementOfArea(long areaId) {
        return dsl.select(PRIORITY_AREA.AGREEMENT_ID).from(PRIORITY_AREA).where(PRIORITY_AREA.ID.eq(areaId))
                .fetchOptional(r -> r.value1());
    }

    Optional<AreaDetails> area(long areaId, boolean manageable) {
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION,
                        AGREEMENT.ID, AGREEMENT.TITLE)
                .from(PRIORITY_AREA).join(AGREEMENT).on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID))
                .where(PRIORITY_AREA.ID.eq(areaId))
                .fetchOptional(r -> new AreaDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), manageable));
    }

    // --- editing agreements ---------------------------------------------------------------------------------------

    /** The agreement as its form edits it. */
    Optional<AgreementDraft> draft(long id) {
        return dsl.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).fetchOptional(r -> {
            AgreementDraft d = new AgreementDraft();
            d.setKind(AgreementKind.valueOf(r.getKind()));
            d.setTitle(r.getTitle());
            d.setDiaryNumber(r.getDiaryNumber());
            d.setParentId(r.getParentId());
            d.setSummary(r.getSummary());
            d.setPeriodStart(r.getPeriodStart());
            d.setPeriodEnd(r.getPeriodEnd());
            d.setStatus(AgreementStatus.valueOf(r.getStatus()));
            d.setAdoptedOn(r.getAdoptedOn());
            d.setAdoptedBy(r.getAdoptedBy());
            d.setPartyIds(new LinkedHashSet<>(dsl.select(AGREEMENT_PARTY.ORGANISATION_ID).from(AGREEMENT_PARTY)
                    .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).orderBy(AGREEMENT_PARTY.ORGANISATION_ID)
                    .fetch(p -> p.value1())));
            d.setVersion(r.getVersion());
            return d;
        });
    }

    /** Another agreement has the diary number (compared as the database does: without regard to case). */
    boolean diaryNumberTaken(String diaryNumber, Long exceptId) {
        return dsl.fetchExists(AGREEMENT, AGREEMENT.DIARY_NUMBER.eq(diaryNumber)
                .and(exceptId == null ? DSL.noCondition() : AGREEMENT.ID.ne(exceptId)));
    }

    boolean hasChildren(long id) {
        return dsl.fetchExists(AGREEMENT, AGREEMENT.PARENT_ID.eq(id));
    }

    /** The names of the organisations that exist among the ids, by name. */
    List<String> organisationNames(Collection<Long> ids) {
        return dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.in(ids))
                .orderBy(ORGANISATION.NAME).fetch(r -> r.value1());
    }

    long insert(AgreementDraft d) {
        long id = dsl.insertInto(AGREEMENT)
                .set(AGREEMENT.KIND, d.getKind().name())
                .set(AGREEMENT.TITLE, d.getTitle())
                .set(AGREEMENT.DIARY_NUMBER, d.getDiaryNumber())
                .set(AGREEMENT.PARENT_ID, d.getParentId())
                .set(AGREEMENT.SUMMARY, d.getSummary())
                .set(AGREEMENT.PERIOD_START, d.getPeriodStart())
                .set(AGREEMENT.PERIOD_END, d.getPeriodEnd())
                .set(AGREEMENT.STATUS, d.getStatus().name())
                .set(AGREEMENT.ADOPTED_ON, d.getAdoptedOn())
                .set(AGREEMENT.ADOPTED_BY, d.getAdoptedBy())
                .returningResult(AGREEMENT.ID)
                .fetchSingle().value1();
        replaceParties(id, d.getPartyIds());
        return id;
    }

    /** Updates the agreement if it still has the version the draft was read at; returns the rows updated. */
    int update(long id, AgreementDraft d) {
        int rows = dsl.update(AGREEMENT)
                .set(AGREEMENT.KIND, d.getKind().name())
                .set(AGREEMENT.TITLE, d.getTitle())
                .set(AGREEMENT.DIARY_NUMBER, d.getDiaryNumber())
                .set(AGREEMENT.PARENT_ID, d.getParentId())
                .set(AGREEMENT.SUMMARY, d.getSummary())
                .set(AGREEMENT.PERIOD_START, d.getPeriodStart())
                .set(AGREEMENT.PERIOD_END, d.getPeriodEnd())
                .set(AGREEMENT.STATUS, d.getStatus().name())
                .set(AGREEMENT.ADOPTED_ON, d.getAdoptedOn())
                .set(AGREEMENT.ADOPTED_BY, d.getAdoptedBy())
                .set(AGREEMENT.VERSION, AGREEMENT.VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id)).and(AGREEMENT.VERSION.eq(d.getVersion()))
                .execute();
        if (rows == 1) {
            replaceParties(id, d.getPartyIds());
        }
        return rows;
    }

    private void replaceParties(long id, Collection<Long> organisationIds) {
        dsl.deleteFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).execute();
        for (Long organisation : organisationIds) {
            dsl.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.AGREEMENT_ID, id)
                    .set(AGREEMENT_PARTY.ORGANISATION_ID, organisation).execute();
        }
    }
}
