package se.samverkan.actionplan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.BasisKind;
import se.samverkan.actionplan.BasisLine;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;

/**
 * The existing work an item builds on, one row each: an initiative or ILS reference in words, a citizen promise, or
 * another action item (found by title). Rows change their fields with their kind.
 */
class BasisEditor extends Div {

    private record Row(Div layout, ComboBox<BasisKind> kind, TextField reference, ComboBox<ActionItemSummary> item,
            ComboBox<AgreementRef> promise) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final ActionPlanService actionPlans;
    private final List<AgreementRef> promises;
    private final Runnable onChange;

    BasisEditor(List<BasisLine> lines, ActionPlanService actionPlans, AgreementService agreements, Long itemId,
            Runnable onChange) {
        this.actionPlans = actionPlans;
        this.promises = agreements.findRefs(AgreementKind.CITIZEN_PROMISE);
        this.onChange = onChange;
        addClassName("line-editor");
        Button add = new Button(getTranslation("basis.add"), UiIcon.PLUS.create(), click -> {
            addRow(new BasisLine(BasisKind.INITIATIVE, null, null, null), itemId).kind().focus();
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
        lines.forEach(line -> addRow(line, itemId));
    }

    private Row addRow(BasisLine line, Long itemId) {
        int number = rows.size() + 1;
        ComboBox<BasisKind> kind = new ComboBox<>();
        kind.setLabel(getTranslation("basis.kind", number));
        kind.setItems(BasisKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("basis.kind." + k.name()));
        TextField reference = new TextField(getTranslation("basis.reference"));
        reference.setMaxLength(250);
        reference.setValue(line.getReference() == null ? "" : line.getReference());
        ComboBox<ActionItemSummary> item = new ComboBox<>(getTranslation("basis.item"));
        item.setItems(query -> actionPlans.findItemsByTitle(query.getFilter().orElse(""), query.getOffset()
                + query.getLimit()).stream().skip(query.getOffset())
                .filter(i -> itemId == null || i.id() != itemId));
        item.setItemLabelGenerator(ActionItemSummary::title);
        if (line.getLinkedActionItemId() != null) {
            actionPlans.findItem(line.getLinkedActionItemId()).ifPresent(found -> item.setValue(
                    new ActionItemSummary(found.id(), found.title(), found.agreementId(), found.agreementTitle(),
                            found.areaId(), found.areaPosition(), found.areaTitle(), found.leadOrganisation(), null,
                            found.dueDate(), found.status(), found.progress(), found.trafficLight(), false)));
        }
        ComboBox<AgreementRef> promise = new ComboBox<>(getTranslation("basis.promise"));
        promise.setItems(promises);
        promise.setItemLabelGenerator(AgreementRef::title);
        promises.stream().filter(p -> p.id() == (line.getLinkedAgreementId() == null ? -1 : line.getLinkedAgreementId()))
                .findFirst().ifPresent(promise::setValue);
        Div layout = new Div(kind, reference, item, promise);
        layout.addClassName("line-row");
        Row row = new Row(layout, kind, reference, item, promise);
        kind.addValueChangeListener(change -> showFieldsFor(row));
        kind.setValue(line.getKind() == null ? BasisKind.INITIATIVE : line.getKind());
        showFieldsFor(row);
        Button remove = new Button(UiIcon.TRASH.create(), click -> {
            rows.remove(row);
            list.remove(layout);
            onChange.run();
        });
        remove.setAriaLabel(getTranslation("basis.remove", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        list.add(layout);
        return row;
    }

    private void showFieldsFor(Row row) {
        BasisKind kind = row.kind().getValue();
        row.item().setVisible(kind == BasisKind.ACTION_ITEM);
        row.promise().setVisible(kind == BasisKind.CITIZEN_PROMISE);
        row.reference().setLabel(getTranslation(kind == BasisKind.ILS ? "basis.reference.ils"
                : kind == BasisKind.INITIATIVE ? "basis.reference" : "basis.reference.optional"));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<BasisLine> lines() {
        return rows.stream().map(r -> new BasisLine(r.kind().getValue(), r.reference().getValue(),
                r.item().getValue() == null ? null : r.item().getValue().id(),
                r.promise().getValue() == null ? null : r.promise().getValue().id())).toList();
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            HasValidation main = switch (r.kind().getValue()) {
                case ACTION_ITEM -> r.item();
                case CITIZEN_PROMISE -> r.promise();
                default -> r.reference();
            };
            fields.put("basis[" + i + "]", main);
            fields.put("basis[" + i + "].reference", r.reference());
        }
        return fields;
    }
}
