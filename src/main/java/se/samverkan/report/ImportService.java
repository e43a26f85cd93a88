package se.samverkan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.samverkan.actionplan.ItemUpdate;
import se.samverkan.actionplan.ItemUpdateResult;
import se.samverkan.actionplan.ItemUpdateService;
import se.samverkan.base.validation.FieldError;

/**
 * Imports of an exported item list (Excel or CSV) to update status, progress, traffic light and comment in bulk: a
 * preview first (every row checked as the item form checks it, nothing written), then all or nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ImportService {

    /** Larger files are refused before they are read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int CHECK_CHUNK = 200;

    private final ItemUpdateService updates;

    ImportService(ItemUpdateService updates) {
        this.updates = updates;
    }

    /** Whether the user may import at all (viewers may not). */
    public boolean canImport() {
        return updates.canUpdateItems();
    }

    /**
     * Reads the file and checks every row; writes nothing. {@code languages} are the texts of every language a file
     * may have been exported in; {@code progress} hears how many rows are checked.
     */
    public ImportPreview preview(byte[] content, List<ReportTexts> languages, IntConsumer progress) {
        if (content.length > MAX_BYTES) {
            return new ImportPreview(List.of(), List.of(FieldError.of(null, "import.error.tooLarge",
                    MAX_BYTES / 1024 / 1024)), List.of());
        }
        ItemFileReader.Parsed parsed = new ItemFileReader(languages).read(content);
        if (!parsed.fileErrors().isEmpty()) {
            return new ImportPreview(List.of(), parsed.fileErrors(), List.of());
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<ItemUpdate> wanted = new ArrayList<>();
        for (ItemFileReader.ParsedRow row : parsed.rows()) {
            if (row.update() == null) {
                rows.add(ImportPreview.unread(row));
            } else {
                wanted.add(row.update());
            }
        }
        int unread = rows.size();
        for (int i = 0; i < wanted.size(); i += CHECK_CHUNK) {
            int end = Math.min(wanted.size(), i + CHECK_CHUNK);
            for (ItemUpdateResult result : updates.check(wanted.subList(i, end))) {
                rows.add(ImportPreview.of(result));
            }
            progress.accept(unread + end);
        }
        rows.sort(Comparator.comparingInt(ImportPreview.Row::row));
        return new ImportPreview(rows, List.of(), wanted);
    }

    /**
     * Applies a preview that {@link ImportPreview#canApply() can be applied}: every row is checked again in one
     * transaction, and nothing is written when any is refused.
     *
     * @return the number of items changed
     * @throws se.samverkan.actionplan.ItemUpdatesRefusedException with every row's result, when any row is refused
     */
    public int apply(ImportPreview preview) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("import.error.nothingToApply");
        }
        return updates.apply(preview.updates());
    }

    /** A preview made from a refused apply's results (for showing what changed in between). */
    public ImportPreview refused(ImportPreview before, List<ItemUpdateResult> results) {
        List<ImportPreview.Row> rows = new ArrayList<>(results.stream().map(ImportPreview::of).toList());
        rows.sort(Comparator.comparingInt(ImportPreview.Row::row));
        return new ImportPreview(rows, List.of(), before.updates());
    }
}
