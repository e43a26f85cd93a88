package se.samverkan.consultation;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.CONSULTATION_ANSWER;
import static se.samverkan.db.Tables.CONSULTATION_REMARK;
import static se.samverkan.db.Tables.CONSULTATION_REMARK_LINK;
import static se.samverkan.db.Tables.CONSULTATION_REMARK_TAG;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;
import static se.samverkan.db.Tables.CONSULTATION_TAG;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Remarks of answers, their tags and their links to what takes them up. */
@Repository
class RemarkRepository {

    /** Where a remark belongs: its answer, round and the round's agreement. */
    record RemarkOwner(long remarkId, long answerId, long roundId, long agreementId) {
    }

    private final DSLContext dsl;

    RemarkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    List<RemarkDetails> ofAnswer(long answerId) {
        return read(CONSULTATION_REMARK.ANSWER_ID.eq(answerId));
    }

    /** Every remark of a round, by body and then position. */
    List<RemarkDetails> ofRound(long roundId) {
        return read(CONSULTATION_ANSWER.ROUND_ID.eq(roundId));
    }

    Optional<RemarkDetails> find(long remarkId) {
        return read(CONSULTATION_REMARK.ID.eq(remarkId)).stream().findFirst();
    }

    private List<RemarkDetails> read(Condition where) {
        List<Object[]> rows = new ArrayList<>();
        dsl.select(CONSULTATION_REMARK.ID, CONSULTATION_ANSWER.ID, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE,
                        ORGANISATION.ID, ORGANISATION.NAME, CONSULTATION_REMARK.POSITION, CONSULTATION_REMARK.TEXT,
                        CONSULTATION_REMARK.HANDLING, CONSULTATION_REMARK.HANDLING_COMMENT,
                        CONSULTATION_REMARK.VERSION)
                .from(CONSULTATION_REMARK)
                .join(CONSULTATION_ANSWER).on(CONSULTATION_ANSWER.ID.eq(CONSULTATION_REMARK.ANSWER_ID))
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION_ANSWER.ORGANISATION_ID))
                .where(where)
                .orderBy(ORGANISATION.NAME, CONSULTATION_REMARK.POSITION, CONSULTATION_REMARK.ID)
                .forEach(r -> rows.add(r.intoArray()));
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<TagRef>> tags = tagsOf(ids);
        Map<Long, List<LinkRef>> links = linksOf(ids);
        return rows.stream().map(r -> new RemarkDetails((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3],
                (Long) r[4], (String) r[5], (Integer) r[6], (String) r[7], tags.getOrDefault((Long) r[0], List.of()),
                Handling.valueOf((String) r[8]), (String) r[9], links.getOrDefault((Long) r[0], List.of()),
                (Integer) r[10], false)).toList();
    }

    private Map<Long, List<TagRef>> tagsOf(Collection<Long> remarkIds) {
        Map<Long, List<TagRef>> tags = new HashMap<>();
        if (remarkIds.isEmpty()) {
            return tags;
        }
        dsl.select(CONSULTATION_REMARK_TAG.REMARK_ID, CONSULTATION_TAG.ID, CONSULTATION_TAG.NAME_SV,
                        CONSULTATION_TAG.NAME_EN, CONSULTATION_TAG.POSITION, CONSULTATION_TAG.ACTIVE)
                .from(CONSULTATION_REMARK_TAG)
                .join(CONSULTATION_TAG).on(CONSULTATION_TAG.ID.eq(CONSULTATION_REMARK_TAG.TAG_ID))
                .where(CONSULTATION_REMARK_TAG.REMARK_ID.in(remarkIds))
                .orderBy(CONSULTATION_TAG.POSITION, CONSULTATION_TAG.NAME_SV)
                .forEach(r -> tags.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TagRef(r.value2(), r.value3(), r.value4(), r.value5(), Boolean.TRUE.equals(r.value6()))));
        return tags;
    }

    /** Each link with a label and the agreement its target belongs to, in one query over the three kinds. */
    private Map<Long, List<LinkRef>> linksOf(Collection<Long> remarkIds) {
        Map<Long, List<LinkRef>> links = new HashMap<>();
        if (remarkIds.isEmpty()) {
            return links;
        }
        var linkedAgreement = AGREEMENT.as("linked_agreement");
        dsl.select(CONSULTATION_REMARK_LINK.REMARK_ID, CONSULTATION_REMARK_LINK.AGREEMENT_ID, linkedAgreement.TITLE,
                        CONSULTATION_REMARK_LINK.AREA_ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE,
                        PRIORITY_AREA.AGREEMENT_ID, CONSULTATION_REMARK_LINK.ACTION_ITEM_ID, ACTION_ITEM.TITLE,
                        ACTION_ITEM.AGREEMENT_ID)
                .from(CONSULTATION_REMARK_LINK)
                .leftJoin(linkedAgreement).on(linkedAgreement.ID.eq(CONSULTATION_REMARK_LINK.AGREEMENT_ID))
                .leftJoin(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(CONSULTATION_REMARK_LINK.AREA_ID))
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.ID.eq(CONSULTATION_REMARK_LINK.ACTION_ITEM_ID))
                .where(CONSULTATION_REMARK_LINK.REMARK_ID.in(remarkIds))
                .orderBy(CONSULTATION_REMARK_LINK.AGREEMENT_ID.isNull(), CONSULTATION_REMARK_LINK.AREA_ID.isNull(),
                        PRIORITY_AREA.POSITION, ACTION_ITEM.TITLE, CONSULTATION_REMARK_LINK.ID)
                .forEach(r -> {
                    LinkRef link;
                    if (r.value2() != null) {
                        link = new LinkRef(LinkTarget.AGREEMENT, r.value2(), r.value3(), r.value2());
                    } else if (r.value4() != null) {
                        link = new LinkRef(LinkTarget.AREA, r.value4(), r.value5() + ". " + r.value6(), r.value7());
                    } else {
                        link = new LinkRef(LinkTarget.ACTION_ITEM, r.value8(), r.value9(), r.value10());
                    }
                    links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(link);
                });
        return links;
    }

    Optional<RemarkOwner> owner(long remarkId) {
        return dsl.select(CONSULTATION_REMARK.ID, CONSULTATION_ANSWER.ID, CONSULTATION_ROUND.ID,
                        CONSULTATION_ROUND.AGREEMENT_ID)
                .from(CONSULTATION_REMARK)
                .join(CONSULTATION_ANSWER).on(CONSULTATION_ANSWER.ID.eq(CONSULTATION_REMARK.ANSWER_ID))
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID))
                .where(CONSULTATION_REMARK.ID.eq(remarkId))
                .fetchOptional(r -> new RemarkOwner(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The remarks linked to an agreement, area or action item, newest round first. */
    List<RaisedRemark> linkedTo(LinkTarget target, long id) {
        Condition linked = switch (target) {
            case AGREEMENT -> CONSULTATION_REMARK_LINK.AGREEMENT_ID.eq(id);
            case AREA -> CONSULTATION_REMARK_LINK.AREA_ID.eq(id);
            case ACTION_ITEM -> CONSULTATION_REMARK_LINK.ACTION_ITEM_ID.eq(id);
        };
        return dsl.selectDistinct(CONSULTATION_REMARK.ID, CONSULTATION_REMARK.TEXT, CONSULTATION_REMARK.HANDLING,
                        CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE, CONSULTATION_ANSWER.ID, ORGANISATION.NAME,
                        CONSULTATION_ROUND.AGREEMENT_ID, CONSULTATION_ROUND.SENT_ON, CONSULTATION_REMARK.POSITION)
                .from(CONSULTATION_REMARK_LINK)
                .join(CONSULTATION_REMARK).on(CONSULTATION_REMARK.ID.eq(CONSULTATION_REMARK_LINK.REMARK_ID))
                .join(CONSULTATION_ANSWER).on(CONSULTATION_ANSWER.ID.eq(CONSULTATION_REMARK.ANSWER_ID))
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION_ANSWER.ORGANISATION_ID))
                .where(linked)
                .orderBy(CONSULTATION_ROUND.SENT_ON.desc(), ORGANISATION.NAME, CONSULTATION_REMARK.POSITION)
                .fetch(r -> new RaisedRemark(r.value1(), r.value2(), Handling.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8()));
    }

    // --- tags ------------------------------------------------------------------------------------------------------

    List<TagRef> tags(boolean activeOnly) {
        return dsl.selectFrom(CONSULTATION_TAG)
                .where(activeOnly ? CONSULTATION_TAG.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(CONSULTATION_TAG.POSITION, CONSULTATION_TAG.NAME_SV)
                .fetch(r -> new TagRef(r.getId(), r.getNameSv(), r.getNameEn(), r.getPosition(),
                        Boolean.TRUE.equals(r.getActive())));
    }

    Set<Long> activeTagsAmong(Collection<Long> ids) {
        return new LinkedHashSet<>(dsl.select(CONSULTATION_TAG.ID).from(CONSULTATION_TAG)
                .where(CONSULTATION_TAG.ID.in(ids)).and(CONSULTATION_TAG.ACTIVE.isTrue()).fetch(r -> r.value1()));
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    Optional<RemarkDraft> draft(long remarkId) {
        return dsl.selectFrom(CONSULTATION_REMARK).where(CONSULTATION_REMARK.ID.eq(remarkId)).fetchOptional(r -> {
            RemarkDraft d = new RemarkDraft();
            d.setText(r.getText());
            d.setHandling(Handling.valueOf(r.getHandling()));
            d.setHandlingComment(r.getHandlingComment());
            d.setVersion(r.getVersion());
            d.setTagIds(new LinkedHashSet<>(dsl.select(CONSULTATION_REMARK_TAG.TAG_ID).from(CONSULTATION_REMARK_TAG)
                    .where(CONSULTATION_REMARK_TAG.REMARK_ID.eq(remarkId)).orderBy(CONSULTATION_REMARK_TAG.TAG_ID)
                    .fetch(t -> t.value1())));
            var links = dsl.selectFrom(CONSULTATION_REMARK_LINK).where(CONSULTATION_REMARK_LINK.REMARK_ID.eq(remarkId))
                    .orderBy(CONSULTATION_REMARK_LINK.ID).fetch();
            Set<Long> agreements = new LinkedHashSet<>();
            Set<Long> areas = new LinkedHashSet<>();
            Set<Long> items = new LinkedHashSet<>();
            for (var link : links) {
                if (link.getAgreementId() != null) {
                    agreements.add(link.getAgreementId());
                } else if (link.getAreaId() != null) {
                    areas.add(link.getAreaId());
                } else {
                    items.add(link.getActionItemId());
                }
            }
            d.setAgreementIds(agreements);
            d.setAreaIds(areas);
            d.setActionItemIds(items);
            return d;
        });
    }

    long insert(long answerId, RemarkDraft d) {
        int position = dsl.select(DSL.coalesce(DSL.max(CONSULTATION_REMARK.POSITION), 0)).from(CONSULTATION_REMARK)
                .where(CONSULTATION_REMARK.ANSWER_ID.eq(answerId)).fetchSingle().value1() + 1;
        long id = dsl.insertInto(CONSULTATION_REMARK)
                .set(CONSULTATION_REMARK.ANSWER_ID, answerId)
                .set(CONSULTATION_REMARK.POSITION, position)
                .set(CONSULTATION_REMARK.TEXT, d.getText())
                .set(CONSULTATION_REMARK.HANDLING, d.getHandling().name())
                .set(CONSULTATION_REMARK.HANDLING_COMMENT, d.getHandlingComment())
                .returningResult(CONSULTATION_REMARK.ID).fetchSingle().value1();
        replaceTagsAndLinks(id, d);
        return id;
    }

    int update(long remarkId, RemarkDraft d) {
        int rows = dsl.update(CONSULTATION_REMARK)
                .set(CONSULTATION_REMARK.TEXT, d.getText())
                .set(CONSULTATION_REMARK.HANDLING, d.getHandling().name())
                .set(CONSULTATION_REMARK.HANDLING_COMMENT, d.getHandlingComment())
                .set(CONSULTATION_REMARK.VERSION, CONSULTATION_REMARK.VERSION.plus(1))
                .where(CONSULTATION_REMARK.ID.eq(remarkId)).and(CONSULTATION_REMARK.VERSION.eq(d.getVersion()))
                .execute();
        if (rows == 1) {
            replaceTagsAndLinks(remarkId, d);
        }
        return rows;
    }

    private void replaceTagsAndLinks(long remarkId, RemarkDraft d) {
        dsl.deleteFrom(CONSULTATION_REMARK_TAG).where(CONSULTATION_REMARK_TAG.REMARK_ID.eq(remarkId)).execute();
        for (long tagId : d.getTagIds()) {
            dsl.insertInto(CONSULTATION_REMARK_TAG).set(CONSULTATION_REMARK_TAG.REMARK_ID, remarkId)
                    .set(CONSULTATION_REMARK_TAG.TAG_ID, tagId).execute();
        }
        dsl.deleteFrom(CONSULTATION_REMARK_LINK).where(CONSULTATION_REMARK_LINK.REMARK_ID.eq(remarkId)).execute();
        for (long id : d.getAgreementIds()) {
            dsl.insertInto(CONSULTATION_REMARK_LINK).set(CONSULTATION_REMARK_LINK.REMARK_ID, remarkId)
                    .set(CONSULTATION_REMARK_LINK.AGREEMENT_ID, id).execute();
        }
        for (long id : d.getAreaIds()) {
            dsl.insertInto(CONSULTATION_REMARK_LINK).set(CONSULTATION_REMARK_LINK.REMARK_ID, remarkId)
                    .set(CONSULTATION_REMARK_LINK.AREA_ID, id).execute();
        }
        for (long id : d.getActionItemIds()) {
            dsl.insertInto(CONSULTATION_REMARK_LINK).set(CONSULTATION_REMARK_LINK.REMARK_ID, remarkId)
                    .set(CONSULTATION_REMARK_LINK.ACTION_ITEM_ID, id).execute();
        }
    }

    int delete(long remarkId, int version) {
        return dsl.deleteFrom(CONSULTATION_REMARK).where(CONSULTATION_REMARK.ID.eq(remarkId))
                .and(CONSULTATION_REMARK.VERSION.eq(version)).execute();
    }

    /** Names of tags, for the audit log. */
    List<String> tagNames(Set<Long> ids) {
        return ids.isEmpty() ? List.of() : dsl.select(CONSULTATION_TAG.NAME_SV).from(CONSULTATION_TAG)
                .where(CONSULTATION_TAG.ID.in(ids)).orderBy(CONSULTATION_TAG.POSITION).fetch(r -> r.value1());
    }

    /** The area's agreement, for checking a link. */
    Optional<Long> agreementOfItem(long actionItemId) {
        return dsl.select(ACTION_ITEM.AGREEMENT_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionItemId))
                .fetchOptional(r -> r.value1());
    }

    /** Labels of the targets, for the audit log: agreement titles, "3. Area", item titles. */
    List<String> linkLabels(RemarkDraft d) {
        List<String> labels = new ArrayList<>();
        if (!d.getAgreementIds().isEmpty()) {
            labels.addAll(dsl.select(AGREEMENT.TITLE).from(AGREEMENT).where(AGREEMENT.ID.in(d.getAgreementIds()))
                    .orderBy(AGREEMENT.TITLE).fetch(r -> r.value1()));
        }
        if (!d.getAreaIds().isEmpty()) {
            labels.addAll(dsl.select(PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE).from(PRIORITY_AREA)
                    .where(PRIORITY_AREA.ID.in(d.getAreaIds())).orderBy(PRIORITY_AREA.POSITION)
                    .fetch(r -> r.value1() + ". " + r.value2()));
        }
        if (!d.getActionItemIds().isEmpty()) {
            labels.addAll(dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM).where(ACTION_ITEM.ID.in(d.getActionItemIds()))
                    .orderBy(ACTION_ITEM.TITLE).fetch(r -> r.value1()));
        }
        return labels;
    }
}
