package se.samverkan.consultation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.StatementKind;
import se.samverkan.consultation.StatementLine;

/** The statements of members added to a decision: one block each (kind, parties or members, text), added and removed. */
class StatementEditor extends Div {

    private record Row(Div layout, ComboBox<StatementKind> kind, TextField members, TextArea text) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    StatementEditor(List<StatementLine> lines) {
        addClassName("line-editor");
        empty.setText(getTranslation("consultation.answer.statements.none"));
        Button add = new Button(getTranslation("consultation.statement.add"), UiIcon.PLUS.create(),
                click -> addRow(new StatementLine()).members().focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, empty, add);
        lines.forEach(this::addRow);
        empty.setVisible(rows.isEmpty());
    }

    private Row addRow(StatementLine line) {
        int number = rows.size() + 1;
        ComboBox<StatementKind> kind = new ComboBox<>(getTranslation("consultation.statement.kind", number));
        kind.setItems(StatementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("consultation.statementKind." + k.name()));
        kind.setValue(line.getKind() == null ? StatementKind.SPECIAL_STATEMENT : line.getKind());
        TextField members = new TextField(getTranslation("consultation.statement.members"));
        members.setMaxLength(StatementLine.MEMBERS_MAX);
        members.setHelperText(getTranslation("consultation.statement.members.help"));
        members.setValue(line.getMembers() == null ? "" : line.getMembers());
        TextArea text = new TextArea(getTranslation("consultation.statement.text"));
        text.setMaxLength(StatementLine.TEXT_MAX);
        text.setValue(line.getText() == null ? "" : line.getText());
        Div layout = new Div(kind, members, text);
        layout.addClassName("statement-row");
        Row row = new Row(layout, kind, members, text);
        Button remove = new Button(getTranslation("consultation.statement.remove", number), UiIcon.TRASH.create(),
                click -> {
                    rows.remove(row);
                    list.remove(layout);
                    empty.setVisible(rows.isEmpty());
                });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        list.add(layout);
        empty.setVisible(false);
        return row;
    }

    List<StatementLine> lines() {
        return rows.stream().map(r -> new StatementLine(r.kind().getValue(), r.members().getValue(),
                r.text().getValue())).toList();
    }

    /** The fields by the service's names ({@code statements[0].members}), for showing its refusals there. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("statements[" + i + "].kind", rows.get(i).kind());
            fields.put("statements[" + i + "].members", rows.get(i).members());
            fields.put("statements[" + i + "].text", rows.get(i).text());
        }
        return fields;
    }
}
