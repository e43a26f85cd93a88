package se.samverkan.agreement;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static org.jooq.impl.DSL.groupConcat;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;
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

    private static final List<String> OPEN_STATUSES = List.of("PLANNED", "ONGOING", "POSTPONED");

    private final DSLContext dsl;

    AgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count(String filter) {
        return dsl.fetchCount(AGREEMENT, matches(filter));
    }

    List<AgreementSummary> page(String filter, int offset, int limit) {
        Field<String> parties = select(groupConcat(ORGANISATION.NAME).orderBy(ORGANISATION.NAME).separator(", "))
                .from(AGREEMENT_PARTY).join(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT_PARTY.ORGANISATION_ID))
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(AGREEMENT.ID)).asField("parties");
        return dsl.select(AGREEMENT.ID, AGREEMENT.KIND, AGREEMENT.TITLE, AGREEMENT.DIARY_NUMBER,
                        AGREEMENT.PERIOD_START, AGREEMENT.PERIOD_END, AGREEMENT.STATUS, parties)
                .from(AGREEMENT)
                .where(matches(filter))
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

    Optional<AgreementDetails> find(long id) {
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
                        parties(id), children(id)));
    }

    private List<AgreementDetails.Party> parties(long agreementId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.AGENCY)
                .from(AGREEMENT_PARTY).join(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT_PARTY.ORGANISATION_ID))
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(agreementId))
                .orderBy(ORGANISATION.AGENCY, ORGANISATION.NAME)
                .fetch(r -> new AgreementDetails.Party(r.value1(), r.value2(), r.value3()));
    }

    private List<AgreementRef> children(long agreementId) {
        return dsl.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT.KIND)
                .from(AGREEMENT).where(AGREEMENT.PARENT_ID.eq(agreementId))
                .orderBy(AGREEMENT.KIND, AGREEMENT.TITLE)
                .fetch(r -> new AgreementRef(r.value1(), r.value2(), AgreementKind.valueOf(r.value3())));
    }

    /** The agreement's areas in order, each with its action items counted by status in one grouped query. */
    List<AreaOverview> areas(long agreementId, LocalDate today) {
        Field<Integer> total = DSL.count(ACTION_ITEM.ID);
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION,
                        total,
                        countStatus("PLANNED"), countStatus("ONGOING"), countStatus("COMPLETED"),
                        countStatus("POSTPONED"), countStatus("CANCELLED"),
                        sum(when(ACTION_ITEM.STATUS.in(OPEN_STATUSES).and(ACTION_ITEM.DUE_DATE.lt(today)), 1)
                                .else_(0)).cast(Integer.class))
                .from(PRIORITY_AREA)
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.AREA_ID.eq(PRIORITY_AREA.ID))
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(agreementId))
                .groupBy(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION)
                .orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new AreaOverview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        nz(r.value6()), nz(r.value7()), nz(r.value8()), nz(r.value9()), nz(r.value10()),
                        nz(r.value11())));
    }

    private static Field<Integer> countStatus(String status) {
        return sum(when(ACTION_ITEM.STATUS.eq(status), 1).else_(0)).cast(Integer.class);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    Optional<AreaDetails> area(long areaId) {
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, PRIORITY_AREA.DESCRIPTION,
                        AGREEMENT.ID, AGREEMENT.TITLE)
                .from(PRIORITY_AREA).join(AGREEMENT).on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID))
                .where(PRIORITY_AREA.ID.eq(areaId))
                .fetchOptional(r -> new AreaDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }
}
