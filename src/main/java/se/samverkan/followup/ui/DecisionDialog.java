package se.samverkan.followup.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;

import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.DecisionDraft;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.MeetingService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/** Records a decision; optionally it becomes a new action item in one of the agreement's areas. */
class DecisionDialog extends Dialog {

    DecisionDialog(FollowUpDetails followUp, MeetingService meetings, FollowUpService followUps,
            OrganisationService organisations, Runnable saved) {
        setHeaderTitle(getTranslation("decisions.add"));
        setWidth("min(40rem, 95vw)");
        TextArea text = new TextArea(getTranslation("decision.text"));
        text.setWidthFull();
        Checkbox createItem = new Checkbox(getTranslation("decision.createItem"));
        ComboBox<AreaOverview> area = new ComboBox<>(getTranslation("decision.area"));
        area.setItems(followUps.areasOf(followUp.agreementId()));
        area.setItemLabelGenerator(a -> a.position() + ". " + a.title());
        area.setWidthFull();
        TextField itemTitle = new TextField(getTranslation("decision.itemTitle"));
        itemTitle.setWidthFull();
        ComboBox<PersonRef> responsible = new ComboBox<>(getTranslation("decision.responsible"));
        responsible.setItems(query -> organisations.findPeople(query.getFilter().orElse(""), null, true,
                query.getOffset(), query.getLimit()).stream());
        responsible.setItemLabelGenerator(p -> p.displayName() + " (" + p.organisationName() + ")");
        responsible.setWidthFull();
        DatePicker due = Pickers.date(this, "decision.dueDate");
        VerticalLayout itemFields = new VerticalLayout(new Paragraph(getTranslation("decision.createItem.explained")),
                area, itemTitle, responsible, due);
        itemFields.setPadding(false);
        itemFields.setVisible(false);
        createItem.addValueChangeListener(change -> itemFields.setVisible(change.getValue()));

        DecisionDraft draft = new DecisionDraft();
        BeanValidationBinder<DecisionDraft> binder = new BeanValidationBinder<>(DecisionDraft.class);
        binder.forField(text).bind("text");
        binder.forField(createItem).bind("createItem");
        binder.forField(itemTitle).bind("itemTitle");
        binder.forField(area).withConverter(Converter.<AreaOverview, Long>from(
                a -> com.vaadin.flow.data.binder.Result.ok(a == null ? null : a.id()),
                id -> id == null ? null : area.getListDataView().getItems().filter(a -> a.id() == id).findFirst()
                        .orElse(null))).bind("areaId");
        binder.forField(responsible).withConverter(Converter.<PersonRef, Long>from(
                p -> com.vaadin.flow.data.binder.Result.ok(p == null ? null : p.id()),
                id -> id == null ? null : organisations.findPerson(id).orElse(null))).bind("responsiblePersonId");
        binder.forField(due).bind("dueDate");
        binder.setBean(draft);

        Button save = new Button(getTranslation("form.save"), click -> {
            if (binder.validate().isOk() && ServiceErrors.attempt(this, Map.of("text", text, "areaId", area,
                    "itemTitle", itemTitle, "responsiblePersonId", responsible, "dueDate", due),
                    () -> meetings.addDecision(followUp.id(), followUp.version(), draft))) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, createItem, itemFields);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        text.focus();
    }
}
