package se.samverkan.followup;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/** The rules a follow-up must meet before it is saved: the form's constraints again, and those across fields. */
@Component
class FollowUpChecks {

    private final Validator validator;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final FollowUpProperties properties;

    FollowUpChecks(Validator validator, AgreementService agreements, OrganisationService organisations,
            FollowUpProperties properties) {
        this.validator = validator;
        this.agreements = agreements;
        this.organisations = organisations;
        this.properties = properties;
    }

    /**
     * Checks the draft (cleaned first). {@code before} is the saved date of an edited follow-up, null for a new one;
     * a new or moved follow-up may not lie in the past.
     *
     * @return the dates of the occurrences to create (just the draft's date unless it starts a series)
     */
    List<LocalDate> check(FollowUpDraft d, LocalDate before, LocalDate today) {
        clean(d);
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getDate() != null && d.getDate().isBefore(today) && !d.getDate().equals(before)) {
            checks.add("date", "followUp.error.past");
        }
        if (d.getDate() != null && d.getReportDeadline() != null && d.getReportDeadline().isAfter(d.getDate())) {
            checks.add("reportDeadline", "followUp.error.deadlineAfterDate");
        }
        if (d.getMeetingUrl() != null && !validUrl(d.getMeetingUrl())) {
            checks.add("meetingUrl", "followUp.error.url");
        }
        if (d.getAgreementId() != null && !d.getAreaIds().isEmpty()) {
            Set<Long> areas = new HashSet<>(agreements.findAreas(d.getAgreementId()).stream()
                    .map(AreaOverview::id).toList());
            checks.require(areas.containsAll(d.getAreaIds()), "areaIds", "followUp.error.area");
        }
        checks.require(d.getOrganisationIds().stream().allMatch(organisations::organisationExists),
                "organisationIds", "followUp.error.organisation");
        checks.require(d.getPersonIds().stream().allMatch(id -> organisations.findPerson(id)
                .map(PersonRef::active).orElse(false)), "personIds", "followUp.error.person");
        List<LocalDate> dates = before == null ? occurrences(d, checks) : List.of();
        checks.throwIfAny();
        return before == null ? dates : List.of(d.getDate());
    }

    private List<LocalDate> occurrences(FollowUpDraft d, Checks checks) {
        if (d.getDate() == null || d.getRecurrence() == null || d.getRecurrence() == Recurrence.NONE) {
            return d.getDate() == null ? List.of() : List.of(d.getDate());
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(d.getDate());
        if (d.getRecurrence() == Recurrence.DATES) {
            if (d.getDates().isEmpty()) {
                checks.add("dates", "followUp.error.dates");
            }
            for (LocalDate date : d.getDates()) {
                if (date == null || date.isBefore(d.getDate()) || !dates.add(date)) {
                    checks.add("dates", "followUp.error.dates");
                    break;
                }
            }
        } else if (d.getRepeatUntil() == null || !d.getRepeatUntil().isAfter(d.getDate())) {
            checks.add("repeatUntil", "followUp.error.repeatUntil");
        } else {
            for (int n = 1; dates.size() <= properties.maxOccurrences(); n++) {
                LocalDate next = d.getRecurrence().occurrence(d.getDate(), n);
                if (next.isAfter(d.getRepeatUntil())) {
                    break;
                }
                dates.add(next);
            }
        }
        if (dates.size() > properties.maxOccurrences()) {
            checks.add(d.getRecurrence() == Recurrence.DATES ? "dates" : "repeatUntil", "followUp.error.tooMany",
                    properties.maxOccurrences());
        }
        return List.copyOf(dates);
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void clean(FollowUpDraft d) {
        d.setTitle(Texts.clean(d.getTitle()));
        d.setPlace(Texts.clean(d.getPlace()));
        d.setMeetingUrl(Texts.clean(d.getMeetingUrl()));
        d.setNotes(Texts.clean(d.getNotes()));
    }

    Checks checkDecision(DecisionDraft d) {
        d.setText(Texts.clean(d.getText()));
        d.setItemTitle(Texts.clean(d.getItemTitle()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.isCreateItem()) {
            checks.require(d.getAreaId() != null, "areaId", "jakarta.validation.constraints.NotNull.message");
            checks.require(d.getItemTitle() != null, "itemTitle", "jakarta.validation.constraints.NotBlank.message");
        }
        return checks;
    }
}
