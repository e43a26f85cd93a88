package se.samverkan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.validation.ValidationException;

/**
 * Consultation rounds on agreements and the answers of the bodies asked: reading them (everyone, within the agreements
 * they read), recording and changing them (administrators and the agreement's managers, see
 * {@link ConsultationAccess}), and the compilation of a round. Every change is checked by {@link ConsultationChecks},
 * refused when someone else saved in between, and written to the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ConsultationService {

    static final String ROUND = "CONSULTATION_ROUND";
    static final String ANSWER = "CONSULTATION_ANSWER";

    private final RoundRepository rounds;
    private final AnswerRepository answers;
    private final RemarkRepository remarks;
    private final ConsultationAccess access;
    private final ConsultationChecks checks;
    private final AuditService audit;
    private final Clock clock;

    ConsultationService(RoundRepository rounds, AnswerRepository answers, RemarkRepository remarks,
            ConsultationAccess access, ConsultationChecks checks, AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.answers = answers;
        this.remarks = remarks;
        this.access = access;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- rounds ----------------------------------------------------------------------------------------------------

    public int countRounds() {
        return rounds.count(access.readScope());
    }

    /** The rounds of the agreements the user reads, open ones first, then the newest. */
    public List<RoundSummary> findRounds(int offset, int limit) {
        return rounds.page(access.readScope(), today(), offset, limit);
    }

    public List<RoundRef> findRoundsOfAgreement(long agreementId) {
        return access.canRead(agreementId) ? rounds.ofAgreement(agreementId) : List.of();
    }

    public Optional<RoundDetails> findRound(long id) {
        return rounds.agreementOf(id).filter(access::canRead)
                .flatMap(agreementId -> rounds.find(id, today()).map(r -> r.withEditable(access.canEdit(agreementId))));
    }

    /** Whether the user may start a round on the agreement. */
    public boolean canCreateRoundFor(long agreementId) {
        return access.canEdit(agreementId);
    }

    /** A new round on the agreement, sent today and due in six weeks. */
    public RoundDraft newRoundDraft(long agreementId) {
        access.requireEdit(agreementId);
        RoundDraft draft = new RoundDraft();
        draft.setAgreementId(agreementId);
        draft.setSentOn(today());
        draft.setDueOn(today().plusWeeks(6));
        return draft;
    }

    public RoundDraft editRoundDraft(long id) {
        RoundDraft draft = rounds.draft(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(draft.getAgreementId());
        return draft;
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public long createRound(RoundDraft draft) {
        if (draft.getAgreementId() == null) {
            throw ValidationException.of("agreementId", "consultation.error.agreement");
        }
        access.requireEdit(draft.getAgreementId());
        checks.checkRound(draft, Set.of());
        long id = rounds.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ROUND, id, draft.getTitle())
                .agreement(draft.getAgreementId()), null, draft));
        return id;
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public void updateRound(long id, RoundDraft draft) {
        RoundDraft before = rounds.draft(id).orElseThrow(ConcurrentChangeException::new);
        access.requireEdit(before.getAgreementId());
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        // a round stays on its agreement
        draft.setAgreementId(before.getAgreementId());
        checks.checkRound(draft, rounds.answeredBodyIds(id));
        ConcurrentChangeException.requireOneRow(rounds.update(id, draft));
        AuditAction action = before.getStatus() != draft.getStatus() ? AuditAction.STATUS_CHANGE : AuditAction.UPDATE;
        AuditRecord record = describe(AuditRecord.of(action, ROUND, id, draft.getTitle())
                .agreement(before.getAgreementId()), before, draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /** Removes a round that no body has answered yet. */
    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public void deleteRound(long id, int version) {
        RoundDraft before = rounds.draft(id).orElseThrow(ConcurrentChangeException::new);
        access.requireEdit(before.getAgreementId());
        if (!rounds.answeredBodyIds(id).isEmpty()) {
            throw ValidationException.of(null, "consultation.error.roundHasAnswers");
        }
        ConcurrentChangeException.requireOneRow(rounds.delete(id, version));
        audit.record(describe(AuditRecord.of(AuditAction.DELETE, ROUND, id, before.getTitle())
                .agreement(before.getAgreementId()), before, null));
    }

    private AuditRecord describe(AuditRecord record, RoundDraft before, RoundDraft after) {
        return record
                .change("consultation.round.title", v(before, RoundDraft::getTitle), v(after, RoundDraft::getTitle))
                .change("consultation.round.subject", "consultation.subject.", v(before, RoundDraft::getSubject),
                        v(after, RoundDraft::getSubject))
                .change("consultation.round.sentBy", v(before, RoundDraft::getSentBy), v(after, RoundDraft::getSentBy))
                .change("consultation.round.diaryNumber", v(before, RoundDraft::getDiaryNumber),
                        v(after, RoundDraft::getDiaryNumber))
                .change("consultation.round.sentOn", v(before, RoundDraft::getSentOn), v(after, RoundDraft::getSentOn))
                .change("consultation.round.dueOn", v(before, RoundDraft::getDueOn), v(after, RoundDraft::getDueOn))
                .change("consultation.round.status", "consultation.roundStatus.", v(before, RoundDraft::getStatus),
                        v(after, RoundDraft::getStatus))
                .change("consultation.round.description", v(before, RoundDraft::getDescription),
                        v(after, RoundDraft::getDescription))
                .change("consultation.round.bodies", names(before), names(after));
    }

    private String names(RoundDraft draft) {
        return draft == null ? null : String.join(", ", rounds.organisationNames(draft.getBodyIds()));
    }

    private static <D, T> T v(D draft, java.util.function.Function<D, T> getter) {
        return draft == null ? null : getter.apply(draft);
    }

    // --- answers ---------------------------------------------------------------------------------------------------

    public Optional<AnswerDetails> findAnswer(long id) {
        return answers.owner(id).filter(owner -> access.canRead(owner.agreementId()))
                .flatMap(owner -> answers.find(id, remarks.ofAnswer(id).stream()
                        .map(remark -> visible(remark, access.canEdit(owner.agreementId()))).toList()))
                .map(answer -> new AnswerDetails(answer.id(), answer.roundId(), answer.roundTitle(),
                        answer.roundDiaryNumber(), answer.agreementId(), answer.organisationId(),
                        answer.organisationName(), answer.answeredOn(), answer.decisionDate(), answer.paragraph(),
                        answer.diaryNumber(), answer.decisionPoints(), answer.statement(), answer.statementDate(),
                        answer.summary(), answer.example(), answer.version(), answer.statements(), answer.remarks(),
                        access.canEdit(answer.agreementId())));
    }

    /** Hides links into agreements the reader does not read. */
    RemarkDetails visible(RemarkDetails remark, boolean editable) {
        return remark.with(remark.links().stream().filter(link -> access.canRead(link.agreementId())).toList(),
                editable);
    }

    /** A new answer of a body asked in the round, answered today. */
    public AnswerDraft newAnswerDraft(long roundId, long organisationId) {
        long agreementId = rounds.agreementOf(roundId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(agreementId);
        AnswerDraft draft = new AnswerDraft();
        draft.setRoundId(roundId);
        draft.setOrganisationId(organisationId);
        draft.setAnsweredOn(today());
        return draft;
    }

    public AnswerDraft editAnswerDraft(long answerId) {
        AnswerRepository.AnswerOwner owner = answers.owner(answerId)
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(owner.agreementId());
        return answers.draft(answerId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public long createAnswer(AnswerDraft draft) {
        if (draft.getRoundId() == null) {
            throw ValidationException.of("roundId", "consultation.error.round");
        }
        RoundDraft round = rounds.draft(draft.getRoundId())
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(round.getAgreementId());
        checks.checkAnswer(draft, round.getBodyIds(), round.getSentOn());
        if (answers.answerOf(draft.getRoundId(), draft.getOrganisationId()).isPresent()) {
            throw ValidationException.of("organisationId", "consultation.error.alreadyAnswered");
        }
        long id = answers.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ANSWER, id, label(id))
                .agreement(round.getAgreementId()), null, draft));
        return id;
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public void updateAnswer(long id, AnswerDraft draft) {
        AnswerRepository.AnswerOwner owner = answers.owner(id).orElseThrow(ConcurrentChangeException::new);
        access.requireEdit(owner.agreementId());
        AnswerDraft before = answers.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        // an answer stays with its round and body
        draft.setRoundId(before.getRoundId());
        draft.setOrganisationId(before.getOrganisationId());
        RoundDraft round = rounds.draft(owner.roundId()).orElseThrow(ConcurrentChangeException::new);
        checks.checkAnswer(draft, round.getBodyIds(), round.getSentOn());
        ConcurrentChangeException.requireOneRow(answers.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ANSWER, id, owner.label())
                .agreement(owner.agreementId()), before, draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    private String label(long answerId) {
        return answers.owner(answerId).map(AnswerRepository.AnswerOwner::label).orElse(null);
    }

    private static AuditRecord describe(AuditRecord record, AnswerDraft before, AnswerDraft after) {
        return record
                .change("consultation.answer.answeredOn", v(before, AnswerDraft::getAnsweredOn),
                        v(after, AnswerDraft::getAnsweredOn))
                .change("consultation.answer.decisionDate", v(before, AnswerDraft::getDecisionDate),
                        v(after, AnswerDraft::getDecisionDate))
                .change("consultation.answer.paragraph", v(before, AnswerDraft::getParagraph),
                        v(after, AnswerDraft::getParagraph))
                .change("consultation.answer.diaryNumber", v(before, AnswerDraft::getDiaryNumber),
                        v(after, AnswerDraft::getDiaryNumber))
                .change("consultation.answer.decisionPoints", v(before, AnswerDraft::getDecisionPoints),
                        v(after, AnswerDraft::getDecisionPoints))
                .change("consultation.answer.statement", v(before, AnswerDraft::getStatement),
                        v(after, AnswerDraft::getStatement))
                .change("consultation.answer.statementDate", v(before, AnswerDraft::getStatementDate),
                        v(after, AnswerDraft::getStatementDate))
                .change("consultation.answer.summary", v(before, AnswerDraft::getSummary),
                        v(after, AnswerDraft::getSummary))
                .change("consultation.answer.example", v(before, AnswerDraft::isExample), v(after, AnswerDraft::isExample))
                .change("consultation.answer.statements", statements(before), statements(after));
    }

    private static String statements(AnswerDraft draft) {
        if (draft == null) {
            return null;
        }
        return draft.getStatements().stream()
                .map(s -> s.getKind().name() + " (" + s.getMembers() + "): " + s.getText())
                .collect(Collectors.joining("\n"));
    }

    // --- the compilation -------------------------------------------------------------------------------------------

    /**
     * The round compiled: its bodies with where each stands, and every remark grouped by tag, in the tags' order, then
     * those without a tag.
     */
    public Optional<Compilation> compile(long roundId) {
        return findRound(roundId).map(round -> {
            List<RemarkDetails> all = remarks.ofRound(roundId).stream()
                    .map(remark -> visible(remark, round.editable())).toList();
            Map<Long, TagRef> tags = new LinkedHashMap<>();
            remarks.tags(false).forEach(tag -> tags.put(tag.id(), tag));
            Map<Long, List<RemarkDetails>> byTag = new LinkedHashMap<>();
            tags.keySet().forEach(id -> byTag.put(id, new ArrayList<>()));
            List<RemarkDetails> untagged = new ArrayList<>();
            for (RemarkDetails remark : all) {
                if (remark.tags().isEmpty()) {
                    untagged.add(remark);
                }
                remark.tags().forEach(tag -> byTag.get(tag.id()).add(remark));
            }
            List<Compilation.TagGroup> groups = new ArrayList<>();
            byTag.forEach((id, list) -> {
                if (!list.isEmpty()) {
                    groups.add(new Compilation.TagGroup(tags.get(id), List.copyOf(list)));
                }
            });
            if (!untagged.isEmpty()) {
                groups.add(new Compilation.TagGroup(null, List.copyOf(untagged)));
            }
            return new Compilation(round, List.copyOf(groups), all.size());
        });
    }
}
