package se.samverkan.report;

import java.util.List;

import se.samverkan.actionplan.ItemUpdate;
import se.samverkan.actionplan.ItemUpdateResult;
import se.samverkan.base.validation.FieldError;

/**
 * What an imported file would change: per row the item, its changes or every reason it is refused; and the file's
 * own problems. It can be applied only when nothing is refused and something changes.
 */
public record ImportPreview(List<Row> rows, List<FieldError> fileErrors, List<ItemUpdate> updates) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
        updates = List.copyOf(updates);
    }

    /** One row of the file; {@code itemId} and {@code title} are null when they could not be read. */
    public record Row(int row, Long itemId, String title, List<ItemUpdateResult.Change> changes,
            List<FieldError> errors) {
    }

    public long refusedRows() {
        return rows.stream().filter(r -> !r.errors().isEmpty()).count();
    }

    public long changedRows() {
        return rows.stream().filter(r -> r.errors().isEmpty() && !r.changes().isEmpty()).count();
    }

    public boolean canApply() {
        return fileErrors.isEmpty() && refusedRows() == 0 && changedRows() > 0;
    }

    static Row of(ItemUpdateResult result) {
        return new Row(result.row(), result.itemId(), result.title(), result.changes(), result.errors());
    }

    static Row unread(ItemFileReader.ParsedRow parsed) {
        return new Row(parsed.row(), parsed.itemId(), null, List.of(), parsed.errors());
    }
}
