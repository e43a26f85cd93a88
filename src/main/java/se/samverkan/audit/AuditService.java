package se.samverkan.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.ReadAccess;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

/**
 * The audit log: every change a user makes, written in the same transaction as the change itself, with who, when,
 * what and each field before and after. Rows are never changed or removed (the database refuses it too).
 */
@Service
public class AuditService {

    private final AuditRepository audit;
    private final CurrentUser currentUser;
    private final ReadAccess readAccess;
    private final Clock clock;

    AuditService(AuditRepository audit, CurrentUser currentUser, ReadAccess readAccess, Clock clock) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.readAccess = readAccess;
        this.clock = clock;
    }

    /** Writes the change as done by the signed-in user; must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        SignedInUser user = currentUser.get().orElse(null);
        audit.insert(record, LocalDateTime.now(clock), user == null ? null : user.accountId(),
                user == null ? "system" : user.username(), clientAddress());
    }

    /** Writes an event on behalf of a named account (sign-in events, where nobody is signed in yet). */
    @Transactional
    public void recordAs(AuditRecord record, Long accountId, String username) {
        audit.insert(record, LocalDateTime.now(clock), accountId, username, clientAddress());
    }

    /** As {@link #recordAs(AuditRecord, Long, String)}, from the given client address (that sign-in saw). */
    @Transactional
    public void recordAs(AuditRecord record, Long accountId, String username, String clientAddress) {
        audit.insert(record, LocalDateTime.now(clock), accountId, username, clientAddress);
    }

    /** The signed-in user's own recent sign-ins, failures and locks, newest first, with the client address. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SignInEvent> mySignInEvents(int limit) {
        return audit.signInEvents(currentUser.require().accountId(), limit);
    }

    /** The history of an action item (its own changes, reports, measurements, attachments), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> historyOfActionItem(long actionItemId, int offset, int limit) {
        if (!readAccess.canReadActionItem(actionItemId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return audit.page(AuditRepository.ofItem(actionItemId), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countHistoryOfActionItem(long actionItemId) {
        if (!readAccess.canReadActionItem(actionItemId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return audit.count(AuditRepository.ofItem(actionItemId));
    }

    /** The history of any one thing, for administrators. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> historyOf(String entityType, long entityId, int offset, int limit) {
        return audit.page(AuditRepository.ofEntity(entityType, entityId), offset, limit);
    }

    /** What an account did, for administrators. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> historyOfActor(long accountId, int offset, int limit) {
        return audit.page(AuditRepository.ofActor(accountId), offset, limit);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
