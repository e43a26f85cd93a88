package se.samverkan.organisation;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;

/**
 * Administrators keep the people in order: create and edit them, and deactivate those who leave (a deactivated person
 * stays on the items they had until someone hands those over, but cannot be chosen anew). Lists and pickers read
 * people through {@link OrganisationService}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMIN_NAME)
public class PersonService {

    static final String ENTITY = "PERSON";

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final Validator validator;
    private final AuditService audit;

    PersonService(PersonRepository people, OrganisationRepository organisations, Validator validator,
            AuditService audit) {
        this.people = people;
        this.organisations = organisations;
        this.validator = validator;
        this.audit = audit;
    }

    /** The person as the form edits them. */
    public Optional<PersonDraft> editDraft(long id) {
        return people.draft(id);
    }

    @Transactional
    public long createPerson(PersonDraft draft) {
        check(null, draft);
        long id = people.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getDisplayName()), null, draft));
        return id;
    }

    @Transactional
    public void updatePerson(long id, PersonDraft draft) {
        PersonDraft before = people.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        check(id, draft);
        ConcurrentChangeException.requireOneRow(people.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, id, draft.getDisplayName()), before,
                draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    private void check(Long id, PersonDraft d) {
        d.setDisplayName(Texts.clean(d.getDisplayName()));
        d.setEmail(Texts.clean(d.getEmail()));
        d.setTitle(Texts.clean(d.getTitle()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getOrganisationId() != null && !organisations.exists(d.getOrganisationId())) {
            checks.add("organisationId", "person.error.organisation");
        }
        if (d.getEmail() != null && !checks.hasErrorFor("email") && people.emailTaken(d.getEmail(), id)) {
            checks.add("email", "person.error.emailTaken");
        }
        checks.throwIfAny();
    }

    private AuditRecord describe(AuditRecord record, PersonDraft before, PersonDraft after) {
        return record
                .change("person.displayName", before == null ? null : before.getDisplayName(), after.getDisplayName())
                .change("person.email", before == null ? null : before.getEmail(), after.getEmail())
                .change("person.title", before == null ? null : before.getTitle(), after.getTitle())
                .change("person.organisation", before == null ? null : organisationName(before.getOrganisationId()),
                        organisationName(after.getOrganisationId()))
                .change("person.active", "yesNo.", before == null ? null : yesNo(before.isActive()),
                        yesNo(after.isActive()));
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }

    private String organisationName(Long id) {
        return id == null ? null : organisations.ref(id).map(OrganisationRef::name).orElse(null);
    }
}
