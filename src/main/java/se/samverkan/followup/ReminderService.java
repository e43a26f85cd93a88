package se.samverkan.followup;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.ValidationException;

/** Each user's own choice of single reminder mails or a weekly digest. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReminderService {

    private final ReminderRepository reminders;
    private final FollowUpAccess access;
    private final AuditService audit;

    ReminderService(ReminderRepository reminders, FollowUpAccess access, AuditService audit) {
        this.reminders = reminders;
        this.access = access;
        this.audit = audit;
    }

    public ReminderPreference myPreference() {
        ReminderRepository.PreferenceRow row = reminders.preference(access.user().personId());
        return new ReminderPreference(row.mode(), row.version(), row.saved());
    }

    /** Saves the signed-in user's choice; refused when it was changed elsewhere since it was read. */
    @Transactional
    public void saveMyPreference(ReminderMode mode, ReminderPreference read) {
        if (mode == null) {
            throw ValidationException.of("mode", "jakarta.validation.constraints.NotNull.message");
        }
        SignedInUser user = access.user();
        ReminderRepository.PreferenceRow before = reminders.preference(user.personId());
        if (before.saved() != read.saved() || before.version() != read.version()) {
            throw new ConcurrentChangeException();
        }
        ConcurrentChangeException.requireOneRow(reminders.savePreference(user.personId(), mode, read.version(),
                read.saved()));
        audit.record(AuditRecord.of(AuditAction.UPDATE, "REMINDER_PREFERENCE", user.personId(), user.displayName())
                .change("reminders.mode", "reminders.mode.", before.mode(), mode));
    }
}
