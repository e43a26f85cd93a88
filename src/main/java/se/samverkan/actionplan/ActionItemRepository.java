package se.samverkan.actionplan;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_BASIS;
import static se.samverkan.db.Tables.ACTION_ITEM_CO_OWNER;
import static se.samverkan.db.Tables.ACTION_ITEM_RESOURCE;
import static se.samverkan.db.Tables.ACTION_ITEM_TARGET_GROUP;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.AREA_CONTRIBUTION;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.db.Tables.TARGET_GROUP;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.agreement.AgreementScope;
import se.samverkan.base.db.Filters;
import se.samverkan.db.tables.ActionItem;
import se.samverkan.db.tables.Person;
import se.samverkan.organisation.Agency;

@Repository
class ActionItemRepository {

    private static final Person RESPONSIBLE = PERSON.as("responsible");
    private static final Person DEPUTY = PERSON.as("deputy");

    private final DSLContext dsl;

    ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open and past its due date: the one definition of overdue, in SQL. */
    static Condition overdue(LocalDate today) {
        return open().and(ACTION_ITEM.DUE_DATE.lt(today));
    }

    static Condition open() {
        return ACTION_ITEM.STATUS.in(ActionItemStatus.OPEN.stream().map(Enum::name).toList());
    }

    private static Condition within(AgreementScope scope) {
        return scope.all() ? DSL.noCondition() : ACTION_ITEM.AGREEMENT_ID.in(scope.agreementIds());
    }

    // --- reading lists -------------------------------------------------------------------------------------------

    int count(ItemFilter filter, Condition extra, AgreementScope scope, LocalDate today) {
        return dsl.fetchCount(dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(matches(filter, today)).and(extra).and(within(scope)));
    }

    List<ActionItemSummary> page(ItemFilter filter, Condition extra, AgreementScope scope, LocalDate today,
            List<SortField<?>> order, int offset, int limit) {
        Field<Boolean> isOverdue = DSL.field(overdue(today));
        List<SortField<?>> orderBy = new ArrayList<>(order);
        if (orderBy.isEmpty()) {
            orderBy.add(isOverdue.desc());
            orderBy.add(ACTION_ITEM.DUE_DATE.asc().nullsLast());
        }
        orderBy.add(ACTION_ITEM.TITLE.asc());
        orderBy.add(ACTION_ITEM.ID.asc());
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, AGREEMENT.ID, AGREEMENT.TITLE, PRIORITY_AREA.ID,
                        PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, ORGANISATION.NAME, RESPONSIBLE.DISPLAY_NAME,
                        ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.PROGRESS, ACTION_ITEM.TRAFFIC_LIGHT,
                        isOverdue)
                .from(ACTION_ITEM)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .where(matches(filter, today)).and(extra).and(within(scope))
                .orderBy(orderBy)
                .offset(offset).limit(limit)
                .fetch(r -> new ActionItemSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        ActionItemStatus.valueOf(r.value11()), r.value12(), TrafficLight.valueOf(r.value13()),
                        Boolean.TRUE.equals(r.value14())));
    }

    static SortField<?> sortField(ItemSort sort, boolean descending) {
        Field<?> field = switch (sort) {
            case TITLE -> ACTION_ITEM.TITLE;
            case AREA -> PRIORITY_AREA.POSITION;
            case LEAD -> ORGANISATION.NAME;
            case RESPONSIBLE -> RESPONSIBLE.DISPLAY_NAME;
            case DUE_DATE -> ACTION_ITEM.DUE_DATE;
            case STATUS -> DSL.field("FIELD({0}, 'PLANNED', 'ONGOING', 'POSTPONED', 'COMPLETED', 'CANCELLED')",
                    Integer.class, ACTION_ITEM.STATUS);
            case TRAFFIC_LIGHT -> DSL.field("FIELD({0}, 'GREEN', 'AMBER', 'RED')", Integer.class,
                    ACTION_ITEM.TRAFFIC_LIGHT);
            case PROGRESS -> ACTION_ITEM.PROGRESS;
        };
        return descending ? field.desc().nullsLast() : field.asc().nullsLast();
    }

    /** Everything that selects a list's items: the filter, an extra condition and the agreements the user reads. */
    Condition selection(ItemFilter filter, Condition extra, AgreementScope scope, LocalDate today) {
        return matches(filter, today).and(extra).and(within(scope));
    }

    private Condition matches(ItemFilter filter, LocalDate today) {
        Condition c = DSL.noCondition();
        if (filter.agreementId() != null) {
            c = c.and(ACTION_ITEM.AGREEMENT_ID.eq(filter.agreementId()));
        }
        if (filter.areaId() != null) {
            c = c.and(ACTION_ITEM.AREA_ID.eq(filter.areaId()));
        }
        if (!filter.statuses().isEmpty()) {
            c = c.and(ACTION_ITEM.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (!filter.trafficLights().isEmpty()) {
            c = c.and(ACTION_ITEM.TRAFFIC_LIGHT.in(filter.trafficLights().stream().map(Enum::name).toList()));
        }
        if (filter.targetGroupId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(ACTION_ITEM_TARGET_GROUP)
                    .where(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                    .and(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID.eq(filter.targetGroupId()))));
        }
        if (filter.dueFrom() != null) {
            c = c.and(ACTION_ITEM.DUE_DATE.ge(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            c = c.and(ACTION_ITEM.DUE_DATE.le(filter.dueTo()));
        }
        if (filter.dueWithinDays() != null) {
            c = c.and(ACTION_ITEM.DUE_DATE.between(today, today.plusDays(filter.dueWithinDays())));
        }
        if (filter.overdueOnly()) {
            c = c.and(overdue(today));
        }
        if (filter.agency() != null) {
            c = c.and(tiedToAgency(filter.agency(), filter.role()));
        }
        if (filter.activeFrom() != null || filter.activeTo() != null) {
            c = c.and(activeDuring(filter.activeFrom(), filter.activeTo()));
        }
        if (filter.resourceAgency() != null || filter.funding() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(ACTION_ITEM_RESOURCE)
                    .where(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                    .and(filter.resourceAgency() == null ? DSL.noCondition()
                            : ACTION_ITEM_RESOURCE.AGENCY.eq(filter.resourceAgency().name()))
                    .and(filter.funding() == null ? DSL.noCondition()
                            : ACTION_ITEM_RESOURCE.FUNDING.eq(filter.funding().name()))));
        }
        if (filter.reportedIn() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(PROGRESS_REPORT)
                    .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                    .and(PROGRESS_REPORT.REPORTED_ON.between(filter.reportedIn().atDay(1),
                            filter.reportedIn().atEndOfMonth()))));
        }
        if (filter.noReportSince() != null) {
            c = c.and(noReportSince(filter.noReportSince(), today));
        }
        if (filter.contributesTo() != null) {
            c = c.and(ACTION_ITEM.AREA_ID.eq(filter.contributesTo())
                    .or(ACTION_ITEM.AREA_ID.in(DSL.select(AREA_CONTRIBUTION.AREA_ID).from(AREA_CONTRIBUTION)
                            .where(AREA_CONTRIBUTION.CITY_AREA_ID.eq(filter.contributesTo())))));
        }
        if (filter.partyId() != null) {
            c = c.and(ACTION_ITEM.AGREEMENT_ID.in(DSL.select(AGREEMENT_PARTY.AGREEMENT_ID).from(AGREEMENT_PARTY)
                    .where(AGREEMENT_PARTY.ORGANISATION_ID.eq(filter.partyId()))));
        }
        return c.and(Filters.containsIgnoreCase(filter.text(), ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION));
    }

    /**
     * Runs during the period: started by its end (or undated), and not due before its start unless still open (an open
     * item past its due date is still being worked on). Either end may be open.
     */
    static Condition activeDuring(LocalDate from, LocalDate to) {
        Condition started = to == null ? DSL.noCondition()
                : ACTION_ITEM.START_DATE.isNull().or(ACTION_ITEM.START_DATE.le(to));
        Condition notEnded = from == null ? DSL.noCondition()
                : ACTION_ITEM.DUE_DATE.isNull().or(ACTION_ITEM.DUE_DATE.ge(from)).or(open());
        return started.and(notEnded);
    }

    /** Open, started by today (or undated), and no progress report on or after the day. */
    static Condition noReportSince(LocalDate day, LocalDate today) {
        return open().and(ACTION_ITEM.START_DATE.isNull().or(ACTION_ITEM.START_DATE.le(today))).and(DSL.notExists(DSL.selectOne().from(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(PROGRESS_REPORT.REPORTED_ON.ge(day))));
    }

    /** Exactly this organisation as lead, co-owner or either. */
    static Condition tiedTo(long organisationId, ItemFilter.OrganisationRole role) {
        Condition lead = ACTION_ITEM.LEAD_ORGANISATION_ID.eq(organisationId);
        Condition coOwner = DSL.exists(DSL.selectOne().from(ACTION_ITEM_CO_OWNER)
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_CO_OWNER.ORGANISATION_ID.eq(organisationId)));
        return switch (role) {
            case LEAD -> lead;
            case CO_OWNER -> coOwner;
            case EITHER -> lead.or(coOwner);
        };
    }

    /** Led by an organisation of the agency (no role, or LEAD), co-owned by one, or either. */
    static Condition tiedToAgency(Agency agency, ItemFilter.OrganisationRole role) {
        var org = ORGANISATION.as("agency_org");
        var ofAgency = DSL.select(org.ID).from(org).where(org.AGENCY.eq(agency.name()));
        Condition lead = ACTION_ITEM.LEAD_ORGANISATION_ID.in(ofAgency);
        Condition coOwner = DSL.exists(DSL.selectOne().from(ACTION_ITEM_CO_OWNER)
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_CO_OWNER.ORGANISATION_ID.in(ofAgency)));
        return switch (role == null ? ItemFilter.OrganisationRole.LEAD : role) {
            case LEAD -> lead;
            case CO_OWNER -> coOwner;
            case EITHER -> lead.or(coOwner);
        };
    }

    /** Led or co-owned by one of the organisations. */
    static Condition ledOrCoOwnedBy(Collection<Long> organisationIds) {
        return ACTION_ITEM.LEAD_ORGANISATION_ID.in(organisationIds)
                .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM_CO_OWNER)
                        .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                        .and(ACTION_ITEM_CO_OWNER.ORGANISATION_ID.in(organisationIds))));
    }

    static Condition responsibleOrDeputy(long personId) {
        return ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(personId).or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(personId));
    }

    /** An agreement's items counted per area and status in one grouped query. */
    List<AreaItemCounts> countsByArea(long agreementId, LocalDate today) {
        return dsl.select(ACTION_ITEM.AREA_ID, DSL.count(),
                        countStatus(ActionItemStatus.PLANNED), countStatus(ActionItemStatus.ONGOING),
                        countStatus(ActionItemStatus.COMPLETED), countStatus(ActionItemStatus.POSTPONED),
                        countStatus(ActionItemStatus.CANCELLED),
                        sum(when(overdue(today), 1).else_(0)).cast(Integer.class))
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.AGREEMENT_ID.eq(agreementId))
                .groupBy(ACTION_ITEM.AREA_ID)
                .fetch(r -> new AreaItemCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    private static Field<Integer> countStatus(ActionItemStatus status) {
        return sum(when(ACTION_ITEM.STATUS.eq(status.name()), 1).else_(0)).cast(Integer.class);
    }

    // --- one item -------------------------------------------------------------------------------------------------

    Optional<ItemOwnership> ownership(long itemId) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.AGREEMENT_ID, ACTION_ITEM.LEAD_ORGANISATION_ID)
                .from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(itemId))
                .fetchOptional(r -> new ItemOwnership(r.value1(), r.value2(), r.value3(), coOwnerIds(itemId)));
    }

    Set<Long> coOwnerIds(long itemId) {
        return new LinkedHashSet<>(dsl.select(ACTION_ITEM_CO_OWNER.ORGANISATION_ID).from(ACTION_ITEM_CO_OWNER)
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(itemId))
                .orderBy(ACTION_ITEM_CO_OWNER.ORGANISATION_ID)
                .fetch(r -> r.value1()));
    }

    Optional<ActionItemDetails> find(long id, LocalDate today, List<ProgressReportSummary> reports) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION, AGREEMENT.ID, AGREEMENT.TITLE,
                        PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE, ACTION_PLAN.ID,
                        ACTION_PLAN.TITLE, ORGANISATION.ID, ORGANISATION.NAME,
                        RESPONSIBLE.ID, RESPONSIBLE.DISPLAY_NAME, RESPONSIBLE.EMAIL,
                        DEPUTY.ID, DEPUTY.DISPLAY_NAME, DEPUTY.EMAIL)
                .select(ACTION_ITEM.START_DATE, ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.PROGRESS,
                        ACTION_ITEM.TRAFFIC_LIGHT, ACTION_ITEM.TRAFFIC_LIGHT_COMMENT,
                        ACTION_ITEM.NEW_WORK_JUSTIFICATION, ACTION_ITEM.PUBLISHABLE, ACTION_ITEM.VERSION,
                        DSL.field(overdue(today)))
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID))
                .join(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(ACTION_ITEM.AREA_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(ACTION_ITEM.RESPONSIBLE_PERSON_ID))
                .leftJoin(DEPUTY).on(DEPUTY.ID.eq(ACTION_ITEM.DEPUTY_PERSON_ID))
                .where(ACTION_ITEM.ID.eq(id))
                .fetchOptional(r -> new ActionItemDetails(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.TITLE),
                        r.get(ACTION_ITEM.DESCRIPTION), r.get(AGREEMENT.ID), r.get(AGREEMENT.TITLE),
                        r.get(PRIORITY_AREA.ID), r.get(PRIORITY_AREA.POSITION), r.get(PRIORITY_AREA.TITLE),
                        r.get(ACTION_PLAN.ID), r.get(ACTION_PLAN.TITLE), r.get(ORGANISATION.ID),
                        r.get(ORGANISATION.NAME),
                        contact(r.get(RESPONSIBLE.ID), r.get(RESPONSIBLE.DISPLAY_NAME), r.get(RESPONSIBLE.EMAIL)),
                        contact(r.get(DEPUTY.ID), r.get(DEPUTY.DISPLAY_NAME), r.get(DEPUTY.EMAIL)),
                        coOwnerNames(id), r.get(ACTION_ITEM.START_DATE), r.get(ACTION_ITEM.DUE_DATE),
                        ActionItemStatus.valueOf(r.get(ACTION_ITEM.STATUS)), r.get(ACTION_ITEM.PROGRESS),
                        TrafficLight.valueOf(r.get(ACTION_ITEM.TRAFFIC_LIGHT)),
                        r.get(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT), targetGroups(id), resources(id), basis(id),
                        r.get(ACTION_ITEM.NEW_WORK_JUSTIFICATION), Boolean.TRUE.equals(r.get(ACTION_ITEM.PUBLISHABLE)),
                        r.get(ACTION_ITEM.VERSION), Boolean.TRUE.equals(r.get(r.size() - 1, Boolean.class)), reports,
                        ItemPermissions.NONE));
    }

    private static ActionItemDetails.Contact contact(Long id, String name, String email) {
        return id == null ? null : new ActionItemDetails.Contact(id, name, email);
    }

    private List<String> coOwnerNames(long itemId) {
        return dsl.select(ORGANISATION.NAME).from(ACTION_ITEM_CO_OWNER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM_CO_OWNER.ORGANISATION_ID))
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(itemId))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> r.value1());
    }

    private List<TargetGroupRef> targetGroups(long itemId) {
        return dsl.select(TARGET_GROUP.ID, TARGET_GROUP.NAME_SV, TARGET_GROUP.NAME_EN, TARGET_GROUP.POSITION,
                        TARGET_GROUP.ACTIVE, TARGET_GROUP.VERSION)
                .from(ACTION_ITEM_TARGET_GROUP)
                .join(TARGET_GROUP).on(TARGET_GROUP.ID.eq(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID))
                .where(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.eq(itemId))
                .orderBy(TARGET_GROUP.POSITION, TARGET_GROUP.ID)
                .fetch(r -> new TargetGroupRef(r.value1(), r.value2(), r.value3(), r.value4(),
                        Boolean.TRUE.equals(r.value5()), r.value6()));
    }

    private List<ActionItemDetails.Resource> resources(long itemId) {
        return dsl.select(ACTION_ITEM_RESOURCE.AGENCY, ACTION_ITEM_RESOURCE.FUNDING, ACTION_ITEM_RESOURCE.HOURS,
                        ACTION_ITEM_RESOURCE.FTE, ACTION_ITEM_RESOURCE.AMOUNT_SEK, ACTION_ITEM_RESOURCE.COMMENT)
                .from(ACTION_ITEM_RESOURCE)
                .where(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.eq(itemId))
                .orderBy(DSL.field("FIELD({0}, 'CITY', 'POLICE', 'OTHER')", Integer.class, ACTION_ITEM_RESOURCE.AGENCY),
                        ACTION_ITEM_RESOURCE.FUNDING)
                .fetch(r -> new ActionItemDetails.Resource(Agency.valueOf(r.value1()), Funding.valueOf(r.value2()),
                        r.value3(), r.value4(), r.value5() == null ? null : java.math.BigDecimal.valueOf(r.value5()),
                        r.value6()));
    }

    private List<ActionItemDetails.Basis> basis(long itemId) {
        ActionItem linked = ACTION_ITEM.as("linked");
        return dsl.select(ACTION_ITEM_BASIS.KIND, ACTION_ITEM_BASIS.REFERENCE, ACTION_ITEM_BASIS.LINKED_ACTION_ITEM_ID,
                        linked.TITLE, ACTION_ITEM_BASIS.LINKED_AGREEMENT_ID, AGREEMENT.TITLE)
                .from(ACTION_ITEM_BASIS)
                .leftJoin(linked).on(linked.ID.eq(ACTION_ITEM_BASIS.LINKED_ACTION_ITEM_ID))
                .leftJoin(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM_BASIS.LINKED_AGREEMENT_ID))
                .where(ACTION_ITEM_BASIS.ACTION_ITEM_ID.eq(itemId))
                .orderBy(ACTION_ITEM_BASIS.ID)
                .fetch(r -> new ActionItemDetails.Basis(BasisKind.valueOf(r.value1()), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6()));
    }

    /** The item as its form edits it. */
    Optional<ActionItemDraft> draft(long id) {
        return dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).fetchOptional().map(r -> {
            ActionItemDraft draft = new ActionItemDraft();
            draft.setAreaId(r.getAreaId());
            draft.setActionPlanId(r.getActionPlanId());
            draft.setTitle(r.getTitle());
            draft.setDescription(r.getDescription());
            draft.setLeadOrganisationId(r.getLeadOrganisationId());
            draft.setResponsiblePersonId(r.getResponsiblePersonId());
            draft.setDeputyPersonId(r.getDeputyPersonId());
            draft.setCoOwnerIds(coOwnerIds(id));
            draft.setStartDate(r.getStartDate());
            draft.setDueDate(r.getDueDate());
            draft.setStatus(ActionItemStatus.valueOf(r.getStatus()));
            draft.setProgress(r.getProgress());
            draft.setTrafficLight(TrafficLight.valueOf(r.getTrafficLight()));
            draft.setTrafficLightComment(r.getTrafficLightComment());
            draft.setTargetGroupIds(new LinkedHashSet<>(dsl.select(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID)
                    .from(ACTION_ITEM_TARGET_GROUP).where(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.eq(id))
                    .orderBy(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID).fetch(t -> t.value1())));
            draft.setResources(resources(id).stream().map(x -> new ResourceLine(x.agency(), x.funding(), x.hours(),
                    x.fte(), x.amountSek(), x.comment())).toList());
            draft.setBasis(basis(id).stream().map(b -> new BasisLine(b.kind(), b.reference(),
                    b.linkedActionItemId(), b.linkedAgreementId())).toList());
            draft.setNewWorkJustification(r.getNewWorkJustification());
            draft.setPublishable(Boolean.TRUE.equals(r.getPublishable()));
            draft.setVersion(r.getVersion());
            return draft;
        });
    }

    Optional<String> title(long id) {
        return dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id))
                .fetchOptional(r -> r.value1());
    }

    // --- writing --------------------------------------------------------------------------------------------------

    long insert(ActionItemDraft d, long agreementId) {
        long id = dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ACTION_PLAN_ID, d.getActionPlanId())
                .set(ACTION_ITEM.AGREEMENT_ID, agreementId)
                .set(ACTION_ITEM.AREA_ID, d.getAreaId())
                .set(ACTION_ITEM.TITLE, d.getTitle())
                .set(ACTION_ITEM.DESCRIPTION, d.getDescription())
                .set(ACTION_ITEM.LEAD_ORGANISATION_ID, d.getLeadOrganisationId())
                .set(ACTION_ITEM.RESPONSIBLE_PERSON_ID, d.getResponsiblePersonId())
                .set(ACTION_ITEM.DEPUTY_PERSON_ID, d.getDeputyPersonId())
                .set(ACTION_ITEM.START_DATE, d.getStartDate())
                .set(ACTION_ITEM.DUE_DATE, d.getDueDate())
                .set(ACTION_ITEM.STATUS, d.getStatus().name())
                .set(ACTION_ITEM.PROGRESS, d.getProgress())
                .set(ACTION_ITEM.TRAFFIC_LIGHT, d.getTrafficLight().name())
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, d.getTrafficLightComment())
                .set(ACTION_ITEM.NEW_WORK_JUSTIFICATION, d.getNewWorkJustification())
                .set(ACTION_ITEM.PUBLISHABLE, d.isPublishable())
                .returningResult(ACTION_ITEM.ID)
                .fetchSingle().value1();
        replaceChildren(id, d);
        return id;
    }

    /** Updates the item if it still has the version the draft was read at; returns the rows updated (0 or 1). */
    int update(long id, ActionItemDraft d, long agreementId) {
        int rows = dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.ACTION_PLAN_ID, d.getActionPlanId())
                .set(ACTION_ITEM.AGREEMENT_ID, agreementId)
                .set(ACTION_ITEM.AREA_ID, d.getAreaId())
                .set(ACTION_ITEM.TITLE, d.getTitle())
                .set(ACTION_ITEM.DESCRIPTION, d.getDescription())
                .set(ACTION_ITEM.LEAD_ORGANISATION_ID, d.getLeadOrganisationId())
                .set(ACTION_ITEM.RESPONSIBLE_PERSON_ID, d.getResponsiblePersonId())
                .set(ACTION_ITEM.DEPUTY_PERSON_ID, d.getDeputyPersonId())
                .set(ACTION_ITEM.START_DATE, d.getStartDate())
                .set(ACTION_ITEM.DUE_DATE, d.getDueDate())
                .set(ACTION_ITEM.STATUS, d.getStatus().name())
                .set(ACTION_ITEM.PROGRESS, d.getProgress())
                .set(ACTION_ITEM.TRAFFIC_LIGHT, d.getTrafficLight().name())
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, d.getTrafficLightComment())
                .set(ACTION_ITEM.NEW_WORK_JUSTIFICATION, d.getNewWorkJustification())
                .set(ACTION_ITEM.PUBLISHABLE, d.isPublishable())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(d.getVersion()))
                .execute();
        if (rows == 1) {
            replaceChildren(id, d);
        }
        return rows;
    }

    /** A progress report moves the item's status, progress and traffic light, under the same version check. */
    int applyReport(long id, int expectedVersion, ActionItemStatus status, int progress, TrafficLight light,
            String lightComment) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, status.name())
                .set(ACTION_ITEM.PROGRESS, progress)
                .set(ACTION_ITEM.TRAFFIC_LIGHT, light.name())
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, lightComment)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(expectedVersion))
                .execute();
    }

    int delete(long id, int expectedVersion) {
        return dsl.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.VERSION.eq(expectedVersion))
                .execute();
    }

    private void replaceChildren(long id, ActionItemDraft d) {
        dsl.deleteFrom(ACTION_ITEM_CO_OWNER).where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(id)).execute();
        for (Long organisation : d.getCoOwnerIds()) {
            dsl.insertInto(ACTION_ITEM_CO_OWNER).set(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID, id)
                    .set(ACTION_ITEM_CO_OWNER.ORGANISATION_ID, organisation).execute();
        }
        dsl.deleteFrom(ACTION_ITEM_TARGET_GROUP).where(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID.eq(id)).execute();
        for (Long group : d.getTargetGroupIds()) {
            dsl.insertInto(ACTION_ITEM_TARGET_GROUP).set(ACTION_ITEM_TARGET_GROUP.ACTION_ITEM_ID, id)
                    .set(ACTION_ITEM_TARGET_GROUP.TARGET_GROUP_ID, group).execute();
        }
        dsl.deleteFrom(ACTION_ITEM_RESOURCE).where(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID.eq(id)).execute();
        for (ResourceLine line : d.getResources()) {
            dsl.insertInto(ACTION_ITEM_RESOURCE).set(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, id)
                    .set(ACTION_ITEM_RESOURCE.AGENCY, line.getAgency().name())
                    .set(ACTION_ITEM_RESOURCE.FUNDING, line.getFunding().name())
                    .set(ACTION_ITEM_RESOURCE.HOURS, line.getHours())
                    .set(ACTION_ITEM_RESOURCE.FTE, line.getFte())
                    .set(ACTION_ITEM_RESOURCE.AMOUNT_SEK, line.getAmountSek() == null ? null
                            : line.getAmountSek().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact())
                    .set(ACTION_ITEM_RESOURCE.COMMENT, line.getComment())
                    .execute();
        }
        dsl.deleteFrom(ACTION_ITEM_BASIS).where(ACTION_ITEM_BASIS.ACTION_ITEM_ID.eq(id)).execute();
        for (BasisLine line : d.getBasis()) {
            dsl.insertInto(ACTION_ITEM_BASIS).set(ACTION_ITEM_BASIS.ACTION_ITEM_ID, id)
                    .set(ACTION_ITEM_BASIS.KIND, line.getKind().name())
                    .set(ACTION_ITEM_BASIS.REFERENCE, line.getReference())
                    .set(ACTION_ITEM_BASIS.LINKED_ACTION_ITEM_ID, line.getLinkedActionItemId())
                    .set(ACTION_ITEM_BASIS.LINKED_AGREEMENT_ID, line.getLinkedAgreementId())
                    .execute();
        }
    }

    /** Items where the person is responsible or deputy, for handing them over. */
    List<Long> itemsOfPerson(long personId) {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).where(responsibleOrDeputy(personId))
                .orderBy(ACTION_ITEM.ID).fetch(r -> r.value1());
    }

    /**
     * Moves responsibility and deputyship from one person to another. Where the new person already was the deputy of
     * an item the old one was responsible for, they become responsible and the item has no deputy.
     */
    void handOver(long fromPersonId, long toPersonId) {
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.RESPONSIBLE_PERSON_ID, toPersonId)
                .set(ACTION_ITEM.DEPUTY_PERSON_ID, when(ACTION_ITEM.DEPUTY_PERSON_ID.eq(toPersonId),
                        DSL.castNull(Long.class)).else_(ACTION_ITEM.DEPUTY_PERSON_ID))
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(fromPersonId))
                .execute();
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.DEPUTY_PERSON_ID, when(ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(toPersonId),
                        DSL.castNull(Long.class)).else_(DSL.val(toPersonId)))
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.DEPUTY_PERSON_ID.eq(fromPersonId))
                .execute();
    }

    // --- plans and target groups ----------------------------------------------------------------------------------

    List<PlanRef> plans(long agreementId) {
        return dsl.selectFrom(ACTION_PLAN).where(ACTION_PLAN.AGREEMENT_ID.eq(agreementId))
                .orderBy(ACTION_PLAN.PERIOD_START.desc())
                .fetch(r -> new PlanRef(r.getId(), r.getAgreementId(), r.getTitle(), r.getPeriodStart(),
                        r.getPeriodEnd(), r.getVersion()));
    }

    Optional<PlanRef> plan(long id) {
        return dsl.selectFrom(ACTION_PLAN).where(ACTION_PLAN.ID.eq(id))
                .fetchOptional(r -> new PlanRef(r.getId(), r.getAgreementId(), r.getTitle(), r.getPeriodStart(),
                        r.getPeriodEnd(), r.getVersion()));
    }

    long insertPlan(long agreementId, String title, LocalDate start, LocalDate end) {
        return dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.AGREEMENT_ID, agreementId).set(ACTION_PLAN.TITLE, title)
                .set(ACTION_PLAN.PERIOD_START, start).set(ACTION_PLAN.PERIOD_END, end)
                .returningResult(ACTION_PLAN.ID).fetchSingle().value1();
    }

    int updatePlan(long id, int expectedVersion, String title, LocalDate start, LocalDate end) {
        return dsl.update(ACTION_PLAN).set(ACTION_PLAN.TITLE, title).set(ACTION_PLAN.PERIOD_START, start)
                .set(ACTION_PLAN.PERIOD_END, end).set(ACTION_PLAN.VERSION, ACTION_PLAN.VERSION.plus(1))
                .where(ACTION_PLAN.ID.eq(id)).and(ACTION_PLAN.VERSION.eq(expectedVersion)).execute();
    }

    boolean planPeriodExists(long agreementId, LocalDate start, Long exceptPlanId) {
        return dsl.fetchExists(ACTION_PLAN, ACTION_PLAN.AGREEMENT_ID.eq(agreementId)
                .and(ACTION_PLAN.PERIOD_START.eq(start))
                .and(exceptPlanId == null ? DSL.noCondition() : ACTION_PLAN.ID.ne(exceptPlanId)));
    }

    /** Items of the plan whose start or due date would fall outside the period. */
    int itemsOutside(long planId, LocalDate start, LocalDate end) {
        return dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.ACTION_PLAN_ID.eq(planId)
                .and(ACTION_ITEM.START_DATE.lt(start).or(ACTION_ITEM.DUE_DATE.gt(end))
                        .or(ACTION_ITEM.START_DATE.gt(end)).or(ACTION_ITEM.DUE_DATE.lt(start))));
    }

    Set<Long> existingItems(Collection<Long> ids) {
        return new HashSet<>(dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.in(ids))
                .fetch(r -> r.value1()));
    }
}
