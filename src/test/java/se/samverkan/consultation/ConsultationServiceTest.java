package se.samverkan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.CONSULTATION_REMARK;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/**
 * Consultation rounds, answers and remarks through the services, on the demo's KS 2019/656 round: what the demo holds,
 * the handling rules, the links and where they show, the permissions, bad input, and that a refusal writes nothing.
 * Each test runs as the manager {@code chef} unless it signs in as someone else, and is rolled back.
 */
@IntegrationTest
@Transactional
class ConsultationServiceTest {

    private static final String EAV = "Enskede-Årsta-Vantörs stadsdelsförvaltning";

    @Autowired
    ConsultationService consultations;

    @Autowired
    RemarkService remarks;

    @Autowired
    UserDetailsService accountService;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    @Autowired
    DSLContext dsl;

    private SecurityContextHolderStrategy contexts() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void signIn(UserDetails user) {
        SecurityContext context = contexts().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts().setContext(context);
    }

    private void signIn(String username) {
        signIn(accountService.loadUserByUsername(username));
    }

    @org.junit.jupiter.api.BeforeEach
    void asChef() {
        signIn("chef");
    }

    @AfterEach
    void signOut() {
        contexts().clearContext();
    }

    private long ksRound() {
        return dsl.fetchValue(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.DIARY_NUMBER.eq("KS 2019/656"));
    }

    private long farstaRound() {
        return dsl.select(CONSULTATION_ROUND.ID).from(CONSULTATION_ROUND).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(CONSULTATION_ROUND.AGREEMENT_ID))
                .where(AGREEMENT.TITLE.eq("Lokal samverkansöverenskommelse Farsta")).fetchSingle().value1();
    }

    private long organisation(String name) {
        return dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq(name));
    }

    private long item(String title) {
        return dsl.fetchValue(ACTION_ITEM.ID, ACTION_ITEM.TITLE.eq(title));
    }

    private AnswerDetails eavAnswer() {
        long answerId = consultations.findRound(ksRound()).orElseThrow().bodies().stream()
                .filter(b -> b.organisationName().equals(EAV)).findFirst().orElseThrow().answerId();
        return consultations.findAnswer(answerId).orElseThrow();
    }

    private RemarkDetails remark(String startOfText) {
        return eavAnswer().remarks().stream().filter(r -> r.text().startsWith(startOfText)).findFirst().orElseThrow();
    }

    private static List<String> keys(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
    }

    private int remarkVersion(long id) {
        return dsl.fetchValue(CONSULTATION_REMARK.VERSION, CONSULTATION_REMARK.ID.eq(id));
    }

    // --- what the demo holds ----------------------------------------------------------------------------------------

    @Test
    void theKsRoundShowsWhoAnsweredAndWhoIsOverdue() {
        RoundDetails round = consultations.findRound(ksRound()).orElseThrow();
        assertThat(round.sentBy()).isEqualTo("Kommunstyrelsen");
        assertThat(round.editable()).isTrue();
        assertThat(round.bodies()).extracting(BodyAnswer::organisationName, BodyAnswer::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EAV, AnswerState.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("Farsta stadsdelsförvaltning", AnswerState.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("Rinkeby-Kista stadsdelsförvaltning", AnswerState.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("Skärholmens stadsdelsförvaltning", AnswerState.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("Södermalms stadsdelsförvaltning", AnswerState.OVERDUE));
        assertThat(round.bodies()).filteredOn(BodyAnswer::example).hasSize(3)
                .noneMatch(b -> b.organisationName().equals(EAV));
        // Farsta's round is open and not yet due: its silent bodies are awaited, not overdue
        assertThat(consultations.findRound(farstaRound()).orElseThrow().bodies()).extracting(BodyAnswer::state)
                .containsExactlyInAnyOrder(AnswerState.ANSWERED, AnswerState.AWAITING, AnswerState.AWAITING);
        assertThat(consultations.findRounds(0, 10)).extracting(RoundSummary::title).hasSize(2);
        RoundSummary ks = consultations.findRounds(0, 10).stream().filter(r -> r.id() == ksRound()).findFirst()
                .orElseThrow();
        assertThat(List.of(ks.bodies(), ks.answered(), ks.overdue())).containsExactly(5, 4, 1);
    }

    @Test
    void theEavAnswerHasItsDecisionStatementAndSpecialStatement() {
        AnswerDetails answer = eavAnswer();
        assertThat(answer.paragraph()).isEqualTo("§ 13");
        assertThat(answer.diaryNumber()).isEqualTo("EÅV 2019/274");
        assertThat(answer.statementDate()).isEqualTo(LocalDate.of(2019, 8, 7));
        assertThat(answer.decisionPoints()).hasSize(2).last().asString().contains("justeras omedelbart");
        assertThat(answer.example()).isFalse();
        assertThat(answer.statements()).extracting(MemberStatement::kind)
                .containsExactly(StatementKind.SPECIAL_STATEMENT, StatementKind.DEPUTY_STATEMENT);
        assertThat(answer.statements().getFirst().members()).contains("(S)", "(V)");
        assertThat(answer.remarks()).hasSize(8).extracting(RemarkDetails::handling)
                .contains(Handling.ACCEPTED, Handling.PARTLY_ACCEPTED, Handling.NOT_ACCEPTED);
        RemarkDetails children = remark("Barn bör");
        assertThat(children.links()).extracting(LinkRef::target, LinkRef::label).contains(
                org.assertj.core.groups.Tuple.tuple(LinkTarget.ACTION_ITEM, "Barn som brottsoffer i samverkansrutinerna"),
                org.assertj.core.groups.Tuple.tuple(LinkTarget.AREA, "6. Särskilt utsatta och sårbara brottsoffer"));
    }

    @Test
    void theCompilationGroupsRemarksByTagInTheTagsOrder() {
        Compilation compilation = consultations.compile(ksRound()).orElseThrow();
        assertThat(compilation.remarkCount()).isEqualTo(13);
        List<String> tags = compilation.groups().stream().map(g -> g.tag() == null ? "-" : g.tag().nameSv()).toList();
        assertThat(tags).startsWith("Struktur för samverkan", "Handlingsplan saknas", "Parallella strukturer")
                .doesNotContain("-");
        Compilation.TagGroup violence = compilation.groups().stream()
                .filter(g -> g.tag().nameSv().equals("Våld i nära relationer")).findFirst().orElseThrow();
        // a remark with two tags is in both groups
        assertThat(violence.remarks()).extracting(RemarkDetails::text).anyMatch(t -> t.startsWith("Fler våldsutövare"));
    }

    // --- handling ---------------------------------------------------------------------------------------------------

    @Test
    void notAcceptedRequiresAReasonAndPartlyAcceptedSaysWhichPart() {
        RemarkDetails pending = remark("Fler våldsutövare");
        RemarkDraft draft = remarks.editRemarkDraft(pending.id());
        draft.setHandling(Handling.NOT_ACCEPTED);
        draft.setActionItemIds(Set.of());
        draft.setHandlingComment("   ");
        assertThatThrownBy(() -> remarks.updateRemark(pending.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(keys(e)).containsExactly("handlingComment:consultation.error.reasonRequired"));
        draft.setHandling(Handling.PARTLY_ACCEPTED);
        assertThatThrownBy(() -> remarks.updateRemark(pending.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(keys(e)).containsExactly("handlingComment:consultation.error.partReasonRequired"));
        assertThat(remarkVersion(pending.id())).isEqualTo(pending.version());

        draft.setHandling(Handling.NOT_ACCEPTED);
        draft.setHandlingComment("Ingår redan i stadens program mot våld i nära relationer.");
        remarks.updateRemark(pending.id(), draft);
        RemarkDetails saved = remarks.findRemark(pending.id()).orElseThrow();
        assertThat(saved.handling()).isEqualTo(Handling.NOT_ACCEPTED);
        assertThat(saved.handlingComment()).startsWith("Ingår redan");
        assertThat(saved.links()).isEmpty();
        assertThat(saved.version()).isEqualTo(pending.version() + 1);
    }

    @Test
    void acceptedRequiresALinkAndPendingHasNone() {
        RemarkDetails open = remark("Positiv till");
        RemarkDraft draft = remarks.editRemarkDraft(open.id());
        draft.setAgreementIds(Set.of());
        assertThatThrownBy(() -> remarks.updateRemark(open.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(keys(e)).containsExactly("links:consultation.error.linkRequired"));
        draft.setHandling(Handling.PENDING);
        draft.setActionItemIds(Set.of(item("Samverkan mot människohandel")));
        assertThatThrownBy(() -> remarks.updateRemark(open.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(keys(e)).containsExactly("links:consultation.error.linksNotAllowed"));
        assertThat(remarkVersion(open.id())).isEqualTo(open.version());
    }

    @Test
    void anAcceptedRemarkLinkedToAnItemShowsThereAndInTheItemsHistory() {
        long answerId = eavAnswer().id();
        long itemId = item("Kvällsvandringar med kvinnor i Bandhagen");
        long areaId = dsl.select(PRIORITY_AREA.ID).from(PRIORITY_AREA).join(AGREEMENT)
                .on(AGREEMENT.ID.eq(PRIORITY_AREA.AGREEMENT_ID)).where(AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"))
                .and(PRIORITY_AREA.POSITION.eq(1)).fetchSingle().value1();
        RemarkDraft draft = remarks.newRemarkDraft(answerId);
        draft.setText("Kvinnor bör själva visa var de känner sig otrygga.");
        draft.setTagIds(Set.of(remarks.findTags(true).stream().filter(t -> t.nameSv().equals("Jämställdhetsperspektiv"))
                .findFirst().orElseThrow().id()));
        draft.setHandling(Handling.ACCEPTED);
        draft.setActionItemIds(Set.of(itemId));
        draft.setAreaIds(Set.of(areaId));
        long id = remarks.createRemark(answerId, draft);

        assertThat(remarks.findRaisedIn(LinkTarget.ACTION_ITEM, itemId)).extracting(RaisedRemark::remarkId)
                .contains(id);
        assertThat(remarks.findRaisedIn(LinkTarget.AREA, areaId)).extracting(RaisedRemark::text)
                .contains("Kvinnor bör själva visa var de känner sig otrygga.");
        RemarkDetails saved = remarks.findRemark(id).orElseThrow();
        assertThat(saved.position()).isEqualTo(9);
        assertThat(saved.tags()).extracting(TagRef::nameEn).containsExactly("Gender-equality perspective");

        var itemEvent = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION_ITEM_ID.eq(itemId))
                .and(AUDIT_EVENT.ENTITY_TYPE.eq("CONSULTATION_REMARK")).fetchSingle();
        assertThat(itemEvent.getActorUsername()).isEqualTo("chef");
        assertThat(dsl.selectFrom(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(itemEvent.getId())).fetchSingle()
                .getAfterValue()).isEqualTo("Kvinnor bör själva visa var de känner sig otrygga.");
        var created = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(id))
                .and(AUDIT_EVENT.ENTITY_TYPE.eq("CONSULTATION_REMARK")).and(AUDIT_EVENT.ACTION.eq("CREATE"))
                .fetchSingle();
        assertThat(dsl.selectFrom(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(created.getId()))
                .fetch(c -> c.getField() + "=" + c.getAfterValue()))
                .contains("consultation.remark.handling=ACCEPTED", "consultation.remark.tags=Jämställdhetsperspektiv",
                        "consultation.remark.links=1. Riktat arbete mot avgränsade platser och utsatta områden; "
                                + "Kvällsvandringar med kvinnor i Bandhagen");

        // unlinking takes it off the item, and the item's history says so
        RemarkDraft edit = remarks.editRemarkDraft(id);
        edit.setActionItemIds(Set.of());
        remarks.updateRemark(id, edit);
        assertThat(remarks.findRaisedIn(LinkTarget.ACTION_ITEM, itemId)).extracting(RaisedRemark::remarkId)
                .doesNotContain(id);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(itemId)
                .and(AUDIT_EVENT.ENTITY_TYPE.eq("CONSULTATION_REMARK")))).isEqualTo(2);
    }

    @Test
    void aLinkToSomethingTheUserCannotReadOrThatDoesNotExistIsRefused() {
        RemarkDetails accepted = remark("Barn bör");
        RemarkDraft draft = remarks.editRemarkDraft(accepted.id());
        draft.setActionItemIds(Set.of(-1L));
        assertThatThrownBy(() -> remarks.updateRemark(accepted.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(keys(e)).containsExactly("links:consultation.error.link"));
    }

    // --- rounds and answers -----------------------------------------------------------------------------------------

    @Test
    void aRoundIsCreatedWithItsBodiesAndAnAnswerRecordedAndAudited() {
        long agreementId = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.TITLE.eq("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör"));
        RoundDraft round = consultations.newRoundDraft(agreementId);
        round.setTitle("Revidering av den lokala överenskommelsen");
        round.setSubject(RoundSubject.REVISION);
        round.setSentBy("Enskede-Årsta-Vantörs stadsdelsnämnd");
        round.setBodyIds(Set.of(organisation("Socialförvaltningen"), organisation("Trafikkontoret")));
        long roundId = consultations.createRound(round);
        assertThat(consultations.findRoundsOfAgreement(agreementId)).extracting(RoundRef::id).contains(roundId);

        AnswerDraft answer = consultations.newAnswerDraft(roundId, organisation("Trafikkontoret"));
        answer.setDecisionPoints("Nämnden tillstyrker.\n\n  Paragrafen justeras omedelbart.  ");
        answer.setStatements(List.of(new StatementLine(StatementKind.RESERVATION, "M", "Vi vill ha fler kameror.")));
        long answerId = consultations.createAnswer(answer);
        AnswerDetails saved = consultations.findAnswer(answerId).orElseThrow();
        assertThat(saved.decisionPoints()).containsExactly("Nämnden tillstyrker.", "Paragrafen justeras omedelbart.");
        assertThat(saved.statements()).singleElement().extracting(MemberStatement::kind)
                .isEqualTo(StatementKind.RESERVATION);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("CONSULTATION_ANSWER")
                .and(AUDIT_EVENT.ENTITY_ID.eq(answerId)).and(AUDIT_EVENT.AGREEMENT_ID.eq(agreementId)))).isEqualTo(1);

        // one answer per body, only from bodies asked, and a body that has answered stays on the round
        AnswerDraft again = consultations.newAnswerDraft(roundId, organisation("Trafikkontoret"));
        assertThatThrownBy(() -> consultations.createAnswer(again)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(keys(e)).containsExactly("organisationId:consultation.error.alreadyAnswered"));
        AnswerDraft stranger = consultations.newAnswerDraft(roundId, organisation("Fastighetskontoret"));
        assertThatThrownBy(() -> consultations.createAnswer(stranger)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(keys(e)).containsExactly("organisationId:consultation.error.notAsked"));
        RoundDraft edit = consultations.editRoundDraft(roundId);
        edit.setBodyIds(Set.of(organisation("Socialförvaltningen")));
        assertThatThrownBy(() -> consultations.updateRound(roundId, edit)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(keys(e)).containsExactly("bodyIds:consultation.error.bodyHasAnswered"));
    }

    @Test
    void aRoundWithoutAnswersMayBeDeletedAndOneWithAnswersMayNot() {
        long agreementId = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        RoundDraft round = consultations.newRoundDraft(agreementId);
        round.setTitle("Remiss som skickades av misstag");
        round.setSentBy("Kommunstyrelsen");
        round.setBodyIds(Set.of(organisation("Trafikkontoret")));
        long id = consultations.createRound(round);
        consultations.deleteRound(id, 0);
        assertThat(consultations.findRound(id)).isEmpty();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("CONSULTATION_ROUND")
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)).and(AUDIT_EVENT.ACTION.eq("DELETE")))).isEqualTo(1);

        RoundDetails ks = consultations.findRound(ksRound()).orElseThrow();
        assertThatThrownBy(() -> consultations.deleteRound(ks.id(), ks.version())).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(keys(e)).containsExactly("null:consultation.error.roundHasAnswers"));
        assertThat(consultations.findRound(ks.id())).isPresent();
        signIn("stad");
        assertThatThrownBy(() -> consultations.deleteRound(ks.id(), ks.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsWritten() {
        int before = dsl.fetchCount(CONSULTATION_ROUND);
        long agreementId = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        RoundDraft round = consultations.newRoundDraft(agreementId);
        round.setTitle("Remiss om revideringen, kontakt 811218-9876");
        round.setSentBy(" ");
        round.setDueOn(round.getSentOn().minusDays(1));
        assertThatThrownBy(() -> consultations.createRound(round)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(keys(e)).containsExactlyInAnyOrder("title:validation.personalIdentityNumber",
                        "sentBy:jakarta.validation.constraints.NotBlank.message", "dueOn:consultation.error.dueBeforeSent",
                        "bodyIds:consultation.error.noBodies"));
        assertThat(dsl.fetchCount(CONSULTATION_ROUND)).isEqualTo(before);

        AnswerDetails eav = eavAnswer();
        AnswerDraft answer = consultations.editAnswerDraft(eav.id());
        answer.setStatement(null);
        answer.setDecisionDate(answer.getAnsweredOn().plusDays(1));
        answer.setStatements(List.of(new StatementLine(null, "", "Text")));
        assertThatThrownBy(() -> consultations.updateAnswer(eav.id(), answer)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(keys(e)).contains("decisionDate:consultation.error.decisionAfterAnswer",
                        "statement:consultation.error.statementDateWithoutText", "statements[0].kind:jakarta.validation.constraints.NotNull.message",
                        "statements[0].members:jakarta.validation.constraints.NotBlank.message"));
        assertThat(consultations.findAnswer(eav.id()).orElseThrow().version()).isEqualTo(eav.version());
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefused() {
        RemarkDetails remark = remark("Positiv till");
        RemarkDraft first = remarks.editRemarkDraft(remark.id());
        RemarkDraft second = remarks.editRemarkDraft(remark.id());
        first.setHandlingComment("Första ändringen.");
        remarks.updateRemark(remark.id(), first);
        second.setHandlingComment("Andra ändringen.");
        assertThatThrownBy(() -> remarks.updateRemark(remark.id(), second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(remarks.findRemark(remark.id()).orElseThrow().handlingComment()).isEqualTo("Första ändringen.");
    }

    // --- permissions ------------------------------------------------------------------------------------------------

    @Test
    void coordinatorsAndViewersReadButChangeNothing() {
        RemarkDetails remark = remark("Barn bör");
        RemarkDraft draft = remarks.editRemarkDraft(remark.id());
        long answerId = remark.answerId();
        for (String user : List.of("stad", "insyn", "polis")) {
            signIn(user);
            RoundDetails round = consultations.findRound(ksRound()).orElseThrow();
            assertThat(round.editable()).as(user).isFalse();
            assertThat(consultations.findAnswer(answerId).orElseThrow().editable()).as(user).isFalse();
            assertThat(remarks.findRemark(remark.id()).orElseThrow().editable()).as(user).isFalse();
            assertThatThrownBy(() -> remarks.updateRemark(remark.id(), draft)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> remarks.editRemarkDraft(remark.id())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consultations.editAnswerDraft(answerId)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consultations.newRoundDraft(round.agreementId())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(consultations.canCreateRoundFor(round.agreementId())).as(user).isFalse();
        }
        // stad reads, on the item, the remark it answers
        signIn("stad");
        assertThat(remarks.findRaisedIn(LinkTarget.ACTION_ITEM, item("Barn som brottsoffer i samverkansrutinerna")))
                .extracting(RaisedRemark::text).contains("Barn bör nämnas uttryckligen bland de särskilt utsatta brottsoffren.");
        // stad's district does not take part in Farsta's agreement: its round is not there for stad
        assertThat(consultations.findRound(farstaRound())).isEmpty();
    }

    @Test
    void aManagerOutsideTheAgreementNeitherReadsNorChangesItsRound() {
        SignedInUser chef = (SignedInUser) accountService.loadUserByUsername("chef");
        // a manager of the police's northern local area: Farsta's local agreement is not theirs
        signIn(new SignedInUser(chef.accountId(), chef.personId(), "chef-nord", true, "Nord",
                organisation("Lokalpolisområde Rinkeby"), "Lokalpolisområde Rinkeby", "sv", Set.of(Role.MANAGER),
                chef.securityStamp()));
        long round = farstaRound();
        assertThat(consultations.findRound(round)).isEmpty();
        assertThatThrownBy(() -> consultations.editRoundDraft(round)).isInstanceOf(AccessDeniedException.class);
        signIn("chef");
        RoundDraft draft = consultations.editRoundDraft(round);
        long answerId = consultations.findRound(round).orElseThrow().bodies().stream()
                .filter(b -> b.answerId() != null).findFirst().orElseThrow().answerId();
        long remarkId = consultations.findAnswer(answerId).orElseThrow().remarks().getFirst().id();
        RemarkDraft remark = remarks.editRemarkDraft(remarkId);
        signIn(new SignedInUser(chef.accountId(), chef.personId(), "chef-nord", true, "Nord",
                organisation("Lokalpolisområde Rinkeby"), "Lokalpolisområde Rinkeby", "sv", Set.of(Role.MANAGER),
                chef.securityStamp()));
        assertThatThrownBy(() -> consultations.updateRound(round, draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> remarks.updateRemark(remarkId, remark)).isInstanceOf(AccessDeniedException.class);
        assertThat(remarks.findRemark(remarkId)).isEmpty();
        // the city-wide agreement is the police region's too: there the same manager may edit
        assertThat(consultations.findRound(ksRound()).orElseThrow().editable()).isTrue();
    }

    @Test
    void fieldErrorsCarryTheConstraintsLimits() {
        RemarkDetails remark = remark("Barn bör");
        RemarkDraft draft = remarks.editRemarkDraft(remark.id());
        draft.setText("x".repeat(RemarkDraft.TEXT_MAX + 1));
        assertThatThrownBy(() -> remarks.updateRemark(remark.id(), draft)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("text",
                                "jakarta.validation.constraints.Size.message")));
    }
}
