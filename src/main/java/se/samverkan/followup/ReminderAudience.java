package se.samverkan.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationService;

/**
 * Who a follow-up's reminders are for, and about which items: the responsible person and deputy of each open item in
 * its scope without a progress report since the previous follow-up of the agreement; the managers who read the
 * agreement for the notice of missing reports. Whoever has reported is not reminded.
 */
@Component
class ReminderAudience {

    private final FollowUpRepository followUps;
    private final ScopeRepository scope;
    private final ReminderRepository reminders;
    private final OrganisationService organisations;
    private final ReminderProperties properties;

    ReminderAudience(FollowUpRepository followUps, ScopeRepository scope, ReminderRepository reminders,
            OrganisationService organisations, ReminderProperties properties) {
        this.followUps = followUps;
        this.scope = scope;
        this.reminders = reminders;
        this.organisations = organisations;
        this.properties = properties;
    }

    /** Reports after this day count for the follow-up: the previous follow-up's day, or a configured look-back. */
    LocalDate since(FollowUpFacts followUp) {
        return followUps.previousDate(followUp.agreementId(), followUp.date())
                .orElse(followUp.date().minusDays(properties.lookbackDays()));
    }

    /** Open items in scope without a report since the previous follow-up. */
    List<ScopeItem> lacking(FollowUpFacts followUp) {
        LocalDate since = since(followUp);
        return scope.items(followUp.agreementId(), followUp.areaIds()).stream()
                .filter(item -> item.lacksReportSince(since)).toList();
    }

    /** Who gets a reminder of this kind for the follow-up now. */
    Set<Long> recipients(FollowUpFacts followUp, ReminderKind kind) {
        List<ScopeItem> lacking = lacking(followUp);
        if (lacking.isEmpty()) {
            return Set.of();
        }
        if (kind == ReminderKind.REPORTS_MISSING) {
            return managersOf(followUp.agreementId());
        }
        Set<Long> people = new LinkedHashSet<>();
        for (ScopeItem item : lacking) {
            if (item.responsibleId() != null) {
                people.add(item.responsibleId());
            }
            if (item.deputyId() != null) {
                people.add(item.deputyId());
            }
        }
        Set<Long> active = reminders.active(people);
        people.retainAll(active);
        return people;
    }

    /**
     * Managers who read the agreement: by the same rule as sign-in reads (a party of the agreement is their
     * organisation, one below it or one above it), with the hierarchy from the organisation feature.
     */
    Set<Long> managersOf(long agreementId) {
        Set<Long> parties = reminders.parties(agreementId);
        Map<Long, Boolean> reads = new HashMap<>();
        Set<Long> managers = new LinkedHashSet<>();
        reminders.managers().forEach((personId, organisationId) -> {
            boolean read = reads.computeIfAbsent(organisationId,
                    org -> organisations.reach(org).lineage().stream().anyMatch(parties::contains));
            if (read) {
                managers.add(personId);
            }
        });
        return managers;
    }
}
