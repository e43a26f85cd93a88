package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;

/**
 * Exports of the action item list as Excel or CSV: the items come from the action plan service, with its filter and
 * the user's read scope (so a file holds only items the user may read), then every field is read in chunks.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExportService {

    static final int CHUNK = 500;

    private final ActionPlanService actionPlans;
    private final ExportRepository repository;
    private final Clock clock;

    ExportService(ActionPlanService actionPlans, ExportRepository repository, Clock clock) {
        this.actionPlans = actionPlans;
        this.repository = repository;
        this.clock = clock;
    }

    /** How many items an export of the filter holds. */
    public int count(ItemFilter filter) {
        return actionPlans.countItems(filter);
    }

    /** A file name such as {@code atgarder-2026-11-29.xlsx}. */
    public String fileName(ExportFormat format, ReportTexts texts) {
        return texts.get("export.fileName") + "-" + LocalDate.now(clock) + "." + format.extension();
    }

    /**
     * Writes the items matching the filter (in the list's order) to {@code out} (not closed); {@code progress} hears
     * how many items are written so far.
     *
     * @return the number of items written
     */
    public int export(ItemFilter filter, ExportFormat format, ReportTexts texts, OutputStream out,
            IntConsumer progress) {
        List<Long> ids = actionPlans.findItems(filter, List.of(), 0, Integer.MAX_VALUE).stream()
                .map(ActionItemSummary::id).toList();
        LocalDate today = LocalDate.now(clock);
        try (TableWriter writer = format == ExportFormat.XLSX ? new XlsxTableWriter(out)
                : new CsvTableWriter(out, format.separator())) {
            writer.sheet(texts.get("export.sheet.items"), ItemColumns.header(texts));
            Set<Long> areas = new LinkedHashSet<>();
            Set<Long> agreements = new LinkedHashSet<>();
            int done = 0;
            for (List<Long> chunk : chunks(ids)) {
                for (ExportRows.Item item : repository.items(chunk, today, texts.locale())) {
                    writer.row(ItemColumns.cells(item, texts));
                    areas.add(item.areaId());
                    agreements.add(item.agreementId());
                }
                done += chunk.size();
                progress.accept(done);
            }
            if (writer.sheet(texts.get("export.sheet.indicators"), IndicatorColumns.header(texts))) {
                List<ExportRows.Indicator> indicators = ids.isEmpty() ? List.of()
                        : repository.indicators(ids, areas, agreements);
                for (ExportRows.Indicator indicator : indicators) {
                    writer.row(IndicatorColumns.cells(indicator, texts));
                }
            }
            if (writer.sheet(texts.get("export.sheet.reports"), ReportColumns.header(texts))) {
                for (List<Long> chunk : chunks(ids)) {
                    for (ExportRows.Report report : repository.reports(chunk)) {
                        writer.row(ReportColumns.cells(report, texts));
                    }
                }
            }
            return ids.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
