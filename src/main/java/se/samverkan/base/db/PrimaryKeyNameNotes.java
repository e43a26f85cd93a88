package se.samverkan.base.db;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Keeps MariaDB's note 1280 ("Name 'pk_x' ignored for PRIMARY key") out of the log. The first migrations name their
 * primary keys, which MariaDB always calls PRIMARY; the schema is right, and applied migrations are never edited, so a
 * fresh database would otherwise log 13 warnings at its first start. Every other warning is still logged.
 */
@Component
class PrimaryKeyNameNotes implements Callback {

    static final int NAME_IGNORED_FOR_PRIMARY_KEY = 1280;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE_STATEMENT;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getStatement() != null) {
            // Flyway prints the warnings of this very list after the callbacks ran
            context.getStatement().getWarnings().removeIf(w -> w.getCode() == NAME_IGNORED_FOR_PRIMARY_KEY);
        }
    }

    @Override
    public String getCallbackName() {
        return "samverkan-primary-key-name-notes";
    }
}
