package se.samverkan.actionplan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.actionplan.Funding;
import se.samverkan.actionplan.ResourceLine;
import se.samverkan.organisation.Agency;

/** The resources each agency puts into the item: one row per agency and funding, added and removed freely. */
class ResourceEditor extends Div {

    private record Row(Div layout, ComboBox<Agency> agency, ComboBox<Funding> funding, BigDecimalField hours,
            BigDecimalField fte, BigDecimalField sek, TextField comment) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    ResourceEditor(List<ResourceLine> lines) {
        addClassName("line-editor");
        empty.setText(getTranslation("actionItem.resources.none"));
        Button add = new Button(getTranslation("resource.add"), UiIcon.PLUS.create(),
                click -> addRow(nextUnused()).agency().focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, empty, add);
        lines.forEach(this::addRow);
        empty.setVisible(rows.isEmpty());
    }

    /**
     * A new line for the first party and financing not yet on the item (the city's existing budget, then new money,
     * then the police's...): each pair may appear once, so a new line never starts as a duplicate.
     */
    private ResourceLine nextUnused() {
        ResourceLine line = new ResourceLine();
        for (Agency agency : Agency.values()) {
            for (Funding funding : Funding.values()) {
                if (rows.stream().noneMatch(r -> r.agency().getValue() == agency && r.funding().getValue() == funding)) {
                    line.setAgency(agency);
                    line.setFunding(funding);
                    return line;
                }
            }
        }
        return line;
    }

    private Row addRow(ResourceLine line) {
        int number = rows.size() + 1;
        ComboBox<Agency> agency = new ComboBox<>();
        agency.setLabel(getTranslation("resource.agency", number));
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(a -> getTranslation("agency." + a.name()));
        agency.setValue(line.getAgency() == null ? Agency.CITY : line.getAgency());
        ComboBox<Funding> funding = new ComboBox<>();
        funding.setLabel(getTranslation("resource.funding"));
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(f -> getTranslation("funding." + f.name()));
        funding.setValue(line.getFunding() == null ? Funding.EXISTING : line.getFunding());
        BigDecimalField hours = new BigDecimalField(getTranslation("resource.hours.label"));
        hours.setValue(line.getHours());
        BigDecimalField fte = new BigDecimalField(getTranslation("resource.fte.label"));
        fte.setValue(line.getFte());
        BigDecimalField sek = new BigDecimalField(getTranslation("resource.sek.label"));
        sek.setValue(line.getAmountSek());
        TextField comment = new TextField(getTranslation("resource.comment"));
        comment.setMaxLength(500);
        comment.setValue(line.getComment() == null ? "" : line.getComment());
        Div layout = new Div(agency, funding, hours, fte, sek, comment);
        layout.addClassName("line-row");
        Row row = new Row(layout, agency, funding, hours, fte, sek, comment);
        Button remove = new Button(UiIcon.TRASH.create(), click -> {
            rows.remove(row);
            list.remove(layout);
            empty.setVisible(rows.isEmpty());
        });
        remove.setAriaLabel(getTranslation("resource.remove", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        list.add(layout);
        empty.setVisible(false);
        return row;
    }

    List<ResourceLine> lines() {
        return rows.stream().map(r -> new ResourceLine(r.agency().getValue(), r.funding().getValue(),
                r.hours().getValue(), r.fte().getValue(), r.sek().getValue(), r.comment().getValue())).toList();
    }

    /** Each row's fields by the service's field names, to show its errors where they belong. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            // a line's own rule (one line per party and financing) is shown at its party
            fields.put("resources[" + i + "]", r.agency());
            fields.put("resources[" + i + "].hours", r.hours());
            fields.put("resources[" + i + "].fte", r.fte());
            fields.put("resources[" + i + "].amountSek", r.sek());
            fields.put("resources[" + i + "].comment", r.comment());
            fields.put("resources[" + i + "].agency", r.agency());
        }
        return fields;
    }
}
