package se.samverkan.organisation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.organisation.AccountService;

/** What was done to an account and with it, newest first: changes by administrators, sign-ins, failures, locks. */
class AccountHistory extends Grid<AuditEntry> {

    static final int ROWS = 50;

    AccountHistory(AuditService audit, long accountId) {
        addColumn(entry -> AccountView.time(entry.occurredAt())).setHeader(getTranslation("account.history.time"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("account.history.what"))
                .setAutoWidth(true);
        addColumn(entry -> entry.actor() == null ? "–" : entry.actor()).setHeader(getTranslation("account.history.who"))
                .setAutoWidth(true);
        addColumn(entry -> entry.changes().stream().map(this::change).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("account.history.changes")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAriaLabel(getTranslation("account.history"));
        setAllRowsVisible(true);
        setItems(audit.historyOf(AccountService.ENTITY, accountId, 0, ROWS));
    }

    private String change(AuditRecord.Change change) {
        return getTranslation(change.field()) + ": " + value(change.valueKeyPrefix(), change.before()) + " → "
                + value(change.valueKeyPrefix(), change.after());
    }

    private String value(String prefix, String value) {
        if (value == null) {
            return "–";
        }
        return prefix == null ? value : getTranslation(prefix + value);
    }
}
