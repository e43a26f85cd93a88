package se.samverkan.report.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import se.samverkan.actionplan.ItemUpdateResult;
import se.samverkan.base.validation.FieldError;
import se.samverkan.report.ImportPreview;

/** The rows of an import that change something or are refused: row number, item, the changes, the errors. */
class ImportPreviewGrid extends Grid<ImportPreview.Row> {

    /** Field → the message key of its label. */
    private static final Map<String, String> FIELDS = Map.of("itemId", "import.field.itemId", "version",
            "import.field.version", "status", "actionItem.status", "progress", "actionItem.progress", "trafficLight",
            "actionItem.trafficLight", "trafficLightComment", "actionItem.trafficLightComment", "dueDate",
            "actionItem.dueDate", "startDate", "actionItem.startDate", "newWorkJustification",
            "actionItem.newWorkJustification");

    ImportPreviewGrid() {
        addColumn(ImportPreview.Row::row).setHeader(getTranslation("import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.title() == null ? (r.itemId() == null ? "–" : "#" + r.itemId()) : r.title())
                .setHeader(getTranslation("import.col.item")).setFlexGrow(2);
        addColumn(this::changes).setHeader(getTranslation("import.col.changes")).setFlexGrow(3);
        addColumn(this::errors).setHeader(getTranslation("import.col.errors")).setFlexGrow(3)
                .setPartNameGenerator(r -> r.errors().isEmpty() ? null : "import-error");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addClassName("import-preview");
    }

    void show(ImportPreview preview) {
        setItems(preview.rows().stream().filter(r -> !r.errors().isEmpty() || !r.changes().isEmpty()).toList());
    }

    private String changes(ImportPreview.Row row) {
        return row.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }

    private String change(ItemUpdateResult.Change c) {
        return getTranslation("import.change", getTranslation(c.field()), value(c.field(), c.before()),
                value(c.field(), c.after()));
    }

    private String value(String field, Object value) {
        if (value == null) {
            return getTranslation("import.empty");
        }
        return switch (field) {
            case "actionItem.status" -> getTranslation("actionItem.status." + ((Enum<?>) value).name());
            case "actionItem.trafficLight" -> getTranslation("actionItem.light." + ((Enum<?>) value).name());
            case "actionItem.progress" -> value + " %";
            default -> value.toString();
        };
    }

    private String errors(ImportPreview.Row row) {
        return row.errors().stream().map(this::error).collect(Collectors.joining(" "));
    }

    private String error(FieldError e) {
        String message = getTranslation(e.messageKey(), e.parameters().toArray());
        String label = e.field() == null ? null : FIELDS.get(e.field());
        return label == null ? message : getTranslation(label) + ": " + message;
    }
}
