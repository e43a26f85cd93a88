package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.PlanRef;
import se.samverkan.organisation.AccountService;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * This feature's part of the demo, loaded after the demo data (once the application is ready) and only once: for the
 * city-wide agreement a held quarterly follow-up two months ago and a quarterly series starting in ten days, whose
 * reporting deadline is three days away, so its reminders are due today; for the local agreement of
 * Enskede-Årsta-Vantör a held check-in with minutes and decisions and a monthly series. All through the services, as
 * the demo administrator, so triggers and the audit log are as they would be.
 */
@Component
@Conditional(DemoFollowUpsCondition.class)
class DemoFollowUps {

    static final String CITY_WIDE = "KS 2019/656";
    /** The local agreement by its title: its diary number follows the demo's calendar. */
    static final String LOCAL = "Lokal samverkansöverenskommelse Enskede-Årsta-Vantör";
    static final String QUARTERLY_TITLE = "Kvartalsuppföljning av handlingsplanen";
    static final String LOCAL_TITLE = "Lokal samverkansavstämning Enskede-Årsta-Vantör";

    private static final Logger log = LoggerFactory.getLogger(DemoFollowUps.class);

    private final AccountService accounts;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final FollowUpService followUps;
    private final MeetingService meetings;
    private final ActionPlanService actionPlans;
    private final FollowUpRepository repository;
    private final TransactionTemplate transaction;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final Clock clock;

    DemoFollowUps(AccountService accounts, AgreementService agreements, OrganisationService organisations,
            FollowUpService followUps, MeetingService meetings, ActionPlanService actionPlans,
            FollowUpRepository repository,
            TransactionTemplate transaction, ObjectProvider<SecurityContextHolderStrategy> strategy, Clock clock) {
        this.accounts = accounts;
        this.agreements = agreements;
        this.organisations = organisations;
        this.followUps = followUps;
        this.meetings = meetings;
        this.actionPlans = actionPlans;
        this.repository = repository;
        this.transaction = transaction;
        this.strategy = strategy;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        UserDetails admin;
        try {
            admin = accounts.loadUserByUsername("admin");
        } catch (UsernameNotFoundException e) {
            log.info("No demo administrator: no demo follow-ups");
            return;
        }
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        holder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> loadAsAdministrator());
        } finally {
            holder.setContext(previous);
        }
    }

    private void loadAsAdministrator() {
        Optional<AgreementRef> cityWide = agreements.findRefs(AgreementKind.CITY_WIDE).stream()
                .filter(a -> agreementDiaryNumber(a.id()).filter(CITY_WIDE::equals).isPresent()).findFirst();
        Optional<AgreementRef> local = agreements.findRefs(AgreementKind.LOCAL).stream()
                .filter(a -> a.title().equals(LOCAL)).findFirst();
        if (cityWide.isEmpty()) {
            log.info("Demo agreement {} not found: no demo follow-ups", CITY_WIDE);
            return;
        }
        if (followUps.countFollowUps(new FollowUpFilter(cityWide.get().id(), true)) > 0) {
            log.info("Demo follow-ups already loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        cityWide(cityWide.get().id(), today);
        local.ifPresent(agreement -> local(agreement.id(), today));
        log.info("Demo follow-ups loaded: reminders of '{}' are due today", QUARTERLY_TITLE);
    }

    private Optional<String> agreementDiaryNumber(long id) {
        return agreements.findAgreement(id).map(a -> a.diaryNumber());
    }

    private void cityWide(long agreementId, LocalDate today) {
        FollowUpDraft held = draft(agreementId, QUARTERLY_TITLE, FollowUpKind.QUARTERLY_REVIEW, today.minusDays(60),
                LocalTime.of(13, 0), 120, "Stadshuset, Ragnar Östbergs plan 1");
        held.setOrganisationIds(organisationIds("Stockholms stad", "Polisregion Stockholm"));
        held.setPersonIds(personIds("chef@stad.example.se", "mikael.forsberg@polisen.example.se"));
        long heldId = pastFollowUp(held);
        MinutesDraft minutes = new MinutesDraft();
        minutes.setMinutes("Genomgång av handlingsplanens tio områden. Lägesbilden enligt EST är nu gemensam i "
                + "samtliga stadsdelar. Avhopparverksamhetens boendefråga behöver lösas före årsskiftet.");
        minutes.setOutcome("Handlingsplanen ligger i stort sett i fas. Två åtgärder är försenade.");
        minutes.setVersion(repository.facts(heldId).orElseThrow().version());
        meetings.saveMinutes(heldId, minutes);
        DecisionDraft decision = new DecisionDraft();
        decision.setText("Socialförvaltningen och polisen tar fram ett gemensamt förslag om boende för avhoppare "
                + "till nästa kvartalsuppföljning.");
        meetings.addDecision(heldId, repository.facts(heldId).orElseThrow().version(), decision);

        FollowUpDraft series = draft(agreementId, QUARTERLY_TITLE, FollowUpKind.QUARTERLY_REVIEW, today.plusDays(10),
                LocalTime.of(13, 0), 120, "Stadshuset, Ragnar Östbergs plan 1");
        series.setMeetingUrl("https://moten.stad.example.se/kvartalsuppfoljning");
        // deadline three days from now: the last reminder before it (three days ahead) is due today
        series.setReportDeadline(today.plusDays(3));
        series.setOrganisationIds(organisationIds("Stockholms stad", "Polisregion Stockholm"));
        series.setPersonIds(personIds("chef@stad.example.se", "mikael.forsberg@polisen.example.se"));
        series.setNotes("Varje ansvarig rapporterar läget för sina åtgärder senast på rapporteringsdagen.");
        series.setRecurrence(Recurrence.QUARTERLY);
        series.setRepeatUntil(today.plusDays(10).plusMonths(9));
        followUps.create(series);
    }

    private void local(long agreementId, LocalDate today) {
        Set<Long> parties = organisationIds("Enskede-Årsta-Vantörs stadsdelsförvaltning", "Lokalpolisområde Farsta");
        Set<Long> people = personIds("stad@stad.example.se", "polis@polisen.example.se");
        FollowUpDraft held = draft(agreementId, LOCAL_TITLE, FollowUpKind.CHECK_IN, today.minusDays(30),
                LocalTime.of(9, 0), 90, "Stadsdelsförvaltningen, mötesrum Rågsved");
        held.setOrganisationIds(parties);
        held.setPersonIds(people);
        long heldId = pastFollowUp(held);
        MinutesDraft minutes = new MinutesDraft();
        minutes.setMinutes("Trygghetsvandringarna i Rågsved och Hagsätra är genomförda. SSPF-teamet har fast "
                + "mötestid. Belysningen vid Högdalens centrum är klar.");
        minutes.setOutcome("Arbetet följer planen. Kvinnors trygghet i centrummiljöerna följs upp särskilt.");
        minutes.setVersion(repository.facts(heldId).orElseThrow().version());
        meetings.saveMinutes(heldId, minutes);
        DecisionDraft decision = new DecisionDraft();
        decision.setText("Genomför en trygghetsvandring med fokus på kvinnors trygghet i Hagsätra centrum under "
                + "kvällstid. Stadsdelsförvaltningen bjuder in boende, butiker och lokalpolisen; det som kommer fram "
                + "(belysning, skymd sikt, platser där kvinnor undviker att gå) åtgärdas eller lämnas vidare.");
        // the decision creates an action item when the agreement has a plan for today (the demo's plans are dated)
        Optional<PlanRef> plan = actionPlans.findPlans(agreementId).stream().filter(p -> p.covers(today)).findFirst();
        Optional<AreaOverview> area = agreements.findAreas(agreementId).stream().findFirst();
        if (plan.isPresent() && area.isPresent()) {
            decision.setCreateItem(true);
            decision.setItemTitle("Trygghetsvandring för kvinnor i Hagsätra centrum");
            decision.setAreaId(area.get().id());
            decision.setResponsiblePersonId(personIds("stad@stad.example.se").stream().findFirst().orElse(null));
            LocalDate due = today.plusDays(45);
            decision.setDueDate(due.isAfter(plan.get().periodEnd()) ? plan.get().periodEnd() : due);
        }
        meetings.addDecision(heldId, repository.facts(heldId).orElseThrow().version(), decision);

        FollowUpDraft series = draft(agreementId, LOCAL_TITLE, FollowUpKind.CHECK_IN, today.plusDays(24),
                LocalTime.of(9, 0), 90, "Stadsdelsförvaltningen, mötesrum Rågsved");
        series.setReportDeadline(followUps.defaultDeadline(series.getDate()));
        series.setOrganisationIds(parties);
        series.setPersonIds(people);
        series.setRecurrence(Recurrence.MONTHLY);
        series.setRepeatUntil(today.plusDays(24).plusMonths(5));
        followUps.create(series);
    }

    /** A follow-up that already took place: written directly, since the service refuses dates in the past. */
    private long pastFollowUp(FollowUpDraft draft) {
        return repository.insert(draft, draft.getDate(), draft.getReportDeadline(), null);
    }

    private static FollowUpDraft draft(long agreementId, String title, FollowUpKind kind, LocalDate date,
            LocalTime time, int minutes, String place) {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setAgreementId(agreementId);
        draft.setTitle(title);
        draft.setKind(kind);
        draft.setDate(date);
        draft.setStartTime(time);
        draft.setDurationMinutes(minutes);
        draft.setPlace(place);
        draft.setReportDeadline(date.minusDays(7));
        return draft;
    }

    private Set<Long> organisationIds(String... names) {
        List<String> wanted = List.of(names);
        return new java.util.LinkedHashSet<>(organisations.findOrganisations().stream()
                .filter(o -> wanted.contains(o.name())).map(OrganisationRef::id).toList());
    }

    private Set<Long> personIds(String... emails) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String email : emails) {
            organisations.findPeople(email, null, true, 0, 1).stream().filter(p -> email.equals(p.email()))
                    .map(PersonRef::id).findFirst().ifPresent(ids::add);
        }
        return ids;
    }
}
